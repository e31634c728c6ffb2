// A large text box with its label above it, reported to the screen map.
#pragma once

#include "ui/ui_context.h"

#include <string>

namespace rightjob::ui {

// Whether a text field takes one line or several.
enum class TextFieldLines { One, Several };
// Whether the letters typed show, or dots instead (a passphrase).
enum class TextFieldLetters { Shown, Hidden };

// Draws the label and a text box at least one touch target tall, at the
// width set with ImGui::SetNextItemWidth. Returns true when the text changed.
bool textField(UiContext& ui, const std::string& id, const std::string& label, std::string& text,
               TextFieldLines lines = TextFieldLines::One, TextFieldLetters letters = TextFieldLetters::Shown);

} // namespace rightjob::ui
