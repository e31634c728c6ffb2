// [SECTION] Artifacts in the page content
// [SECTION] The structure tree
// [SECTION] Metadata
// [SECTION] The pass

#include "export/pdf_tagging.h"

#include "export/html_export.h"
#include "export/pdf_export.h"

#include <qpdf/Buffer.hh>
#include <qpdf/Pl_String.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFNumberTreeObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <memory>
#include <set>
#include <vector>

namespace rightjob::exporting {

namespace {

// [SECTION] Artifacts in the page content

// Rewrites "/Private << /MCID n >> BDC" as "/Artifact BMC"; everything else
// passes through as it is. cairo writes the stand-in's opening on its own,
// so the tokens come exactly in that order.
class ArtifactMarks : public QPDFObjectHandle::TokenFilter {
public:
    void handleToken(QPDFTokenizer::Token const& token) override
    {
        if (m_held.empty()) {
            if (token.getType() == QPDFTokenizer::tt_name && token.getValue() == std::string("/") + kArtifactStandIn)
                m_held.push_back(token);
            else
                writeToken(token);
            return;
        }
        m_held.push_back(token);
        if (token.getType() == QPDFTokenizer::tt_space)
            return;
        const std::size_t meaningful = meaningfulCount();
        const bool fits = (meaningful == 2 && token.getType() == QPDFTokenizer::tt_dict_open)
                          || (meaningful == 3 && token.getType() == QPDFTokenizer::tt_name && token.getValue() == "/MCID")
                          || (meaningful == 4 && token.getType() == QPDFTokenizer::tt_integer)
                          || (meaningful == 5 && token.getType() == QPDFTokenizer::tt_dict_close);
        if (meaningful == 6 && token.getType() == QPDFTokenizer::tt_word && token.getValue() == "BDC") {
            write("/Artifact BMC");
            m_held.clear();
            ++m_artifacts;
        } else if (!fits) {
            release();
        }
    }
    void handleEOF() override { release(); }

    int artifacts() const { return m_artifacts; }

private:
    std::size_t meaningfulCount() const
    {
        std::size_t count = 0;
        for (const auto& held : m_held)
            if (held.getType() != QPDFTokenizer::tt_space)
                ++count;
        return count;
    }
    void release()
    {
        for (const auto& held : m_held)
            writeToken(held);
        m_held.clear();
    }

    std::vector<QPDFTokenizer::Token> m_held;
    int m_artifacts = 0;
};

// [SECTION] The structure tree

struct TreeChanges {
    const std::vector<std::string>* altTexts = nullptr;
    std::size_t figures = 0;
    std::set<QPDFObjGen> artifacts; // the stand-in elements taken out
};

bool isStructureElement(QPDFObjectHandle item)
{
    return item.isDictionary() && item.getKey("/S").isName();
}

// Walks the elements under parent in reading order: gives each Figure its
// alternative text and takes every stand-in out of its parent's /K.
void changeElements(QPDFObjectHandle parent, TreeChanges& changes)
{
    QPDFObjectHandle kids = parent.getKey("/K");
    std::vector<QPDFObjectHandle> items;
    if (kids.isArray())
        items = kids.getArrayAsVector();
    else if (!kids.isNull())
        items.push_back(kids);

    std::vector<QPDFObjectHandle> kept;
    for (QPDFObjectHandle item : items) {
        if (!isStructureElement(item)) {
            kept.push_back(item); // a marked-content id or an object reference
            continue;
        }
        const std::string type = item.getKey("/S").getName();
        if (type == std::string("/") + kArtifactStandIn) {
            changes.artifacts.insert(item.getObjGen());
            continue;
        }
        if (type == "/Figure") {
            if (changes.figures >= changes.altTexts->size())
                throw PdfError("The PDF has more pictures than texts to say what they show.");
            item.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString((*changes.altTexts)[changes.figures++]));
        }
        changeElements(item, changes);
        kept.push_back(item);
    }
    if (kept.size() != items.size()) {
        if (kept.empty())
            parent.removeKey("/K");
        else
            parent.replaceKey("/K", QPDFObjectHandle::newArray(kept));
    }
}

// Takes the stand-ins out of the parent tree, which maps each marked-content
// id of a page to its element: an artifact belongs to no element.
void dropFromParentTree(QPDFObjectHandle parentTree, QPDF& pdf, const std::set<QPDFObjGen>& artifacts)
{
    if (!parentTree.isDictionary())
        return;
    QPDFNumberTreeObjectHelper tree(parentTree, pdf);
    for (auto entry : tree) {
        QPDFObjectHandle value = entry.second;
        if (!value.isArray())
            continue;
        for (int i = 0; i < value.getArrayNItems(); ++i)
            if (artifacts.count(value.getArrayItem(i).getObjGen()))
                value.setArrayItem(i, QPDFObjectHandle::newNull());
    }
}

// [SECTION] Metadata

// XMP with the title, the language and the PDF/UA part (ISO 14289-1, 5).
std::string xmpMetadata(const PdfAccessibility& what)
{
    return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "  <rdf:Description rdf:about=\"\"\n"
           "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
           "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
           "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
           "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
           + escapeHtml(what.title)
           + "</rdf:li></rdf:Alt></dc:title>\n"
             "   <dc:language><rdf:Bag><rdf:li>"
           + escapeHtml(what.language)
           + "</rdf:li></rdf:Bag></dc:language>\n"
             "   <dc:format>application/pdf</dc:format>\n"
             "   <xmp:CreatorTool>Right Job</xmp:CreatorTool>\n"
             "   <pdfuaid:part>1</pdfuaid:part>\n"
             "  </rdf:Description>\n"
             " </rdf:RDF>\n"
             "</x:xmpmeta>\n"
             "<?xpacket end=\"w\"?>";
}

} // namespace

// [SECTION] The pass

std::string accessiblePdf(const std::string& cairoPdf, const PdfAccessibility& what)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("summary.pdf", cairoPdf.data(), cairoPdf.size());
        QPDFObjectHandle root = pdf.getRoot();

        root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(what.language));
        root.replaceKey("/ViewerPreferences", QPDFObjectHandle::parse("<< /DisplayDocTitle true >>"));
        QPDFObjectHandle metadata = QPDFObjectHandle::newStream(&pdf, xmpMetadata(what));
        metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
        metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
        root.replaceKey("/Metadata", metadata);
        QPDFObjectHandle markInfo = QPDFObjectHandle::parse("<< /Marked true >>");
        root.replaceKey("/MarkInfo", markInfo);

        QPDFObjectHandle structure = root.getKey("/StructTreeRoot");
        if (!structure.isDictionary())
            throw PdfError("The PDF has no structure tree.");
        TreeChanges changes;
        changes.altTexts = &what.figureAltTexts;
        changeElements(structure, changes);
        if (changes.figures != what.figureAltTexts.size())
            throw PdfError("The PDF has fewer pictures than texts to say what they show.");
        dropFromParentTree(structure.getKey("/ParentTree"), pdf, changes.artifacts);

        std::size_t links = 0;
        for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            QPDFObjectHandle pageObject = page.getObjectHandle();
            pageObject.replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));

            std::string content;
            ArtifactMarks marks;
            Pl_String collect("page content", nullptr, content);
            page.filterContents(&marks, &collect);
            pageObject.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, content));

            QPDFObjectHandle annotations = pageObject.getKey("/Annots");
            if (!annotations.isArray())
                continue;
            for (QPDFObjectHandle annotation : annotations.getArrayAsVector()) {
                if (!annotation.isDictionary() || !annotation.getKey("/Subtype").isNameAndEquals("/Link"))
                    continue;
                if (links >= what.linkTexts.size())
                    throw PdfError("The PDF has more links than texts to say where they go.");
                annotation.replaceKey("/Contents", QPDFObjectHandle::newUnicodeString(what.linkTexts[links++]));
            }
        }
        if (links != what.linkTexts.size())
            throw PdfError("The PDF has fewer links than texts to say where they go.");

        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.setMinimumPDFVersion("1.7");
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.setCompressStreams(true);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
    } catch (const QPDFExc& error) {
        throw PdfError(std::string("The PDF could not be finished: ") + error.what());
    } catch (const std::logic_error& error) {
        throw PdfError(std::string("The PDF could not be finished: ") + error.what());
    }
}

} // namespace rightjob::exporting
