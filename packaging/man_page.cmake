# Writes the manual page rightjob(1) from what `rightjob --help` prints, so
# the two never disagree. Run by packaging/CMakeLists.txt at build time:
#   cmake -DPROGRAM=path/to/rightjob -DVERSION=0.1.0 -DOUT=rightjob.1 -P man_page.cmake
execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} --help failed (${status}): the manual page cannot be made")
endif()
# roff: a backslash is written \e, and a line may not start with . or '.
string(REPLACE "\\" "\\e" help "${help}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
string(TIMESTAMP month "%Y-%m-%d" UTC) # honours SOURCE_DATE_EPOCH
file(WRITE "${OUT}" ".TH RIGHTJOB 1 \"${month}\" \"rightjob ${VERSION}\" \"User Commands\"
.SH NAME
rightjob \\- build a vocational profile from pictures and speech
.SH SYNOPSIS
.B rightjob
[\\fB\\-\\-data\\-dir\\fR \\fIDIR\\fR] [\\fB\\-\\-profile\\fR \\fIFILE\\fR] [\\fB\\-\\-demo\\fR]
.br
.B rightjob
\\fICOMMAND\\fR [\\fIARGUMENTS\\fR]
.SH DESCRIPTION
Right Job helps a young person with a learning disability or autism build a
vocational profile from picture cards and speech, with family, support staff
and a job coach. It makes an easy-read summary (text, web page, PDF, sound,
a board for communication apps) and a ranked list of jobs with reasons.
Without a command it opens its window.
.SH COMMANDS AND OPTIONS
The text of
.BR \"rightjob \\-\\-help\" :
.PP
.nf
${help}
.fi
.SH FILES
.TP
.I /usr/share/rightjob
layouts, picture symbols, job catalogue, words and sounds (the folder
.I share/rightjob
beside the program's
.I bin
folder)
.TP
.I ~/.local/share/rightjob
people's profiles (or
.IR $XDG_DATA_HOME/rightjob )
.SH ENVIRONMENT
.TP
.B RIGHTJOB_ASSETS
a folder to read layouts, symbols and sounds from instead
")
