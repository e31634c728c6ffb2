#include "ui/screens/photos_screen.h"

#include "core/storage/user_folders.h"
#include "ui/app.h"
#include "ui/widgets/tile.h"

#include <SDL.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace rightjob::ui {

namespace {

// Names compared as a person reads them: case does not matter.
bool readsBefore(const std::string& a, const std::string& b)
{
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) < std::tolower(static_cast<unsigned char>(y));
    });
}

// "dog" from "dog.jpg": the words of a file name, for its tile.
std::string shownName(const std::string& fileName)
{
    const auto dot = fileName.rfind('.');
    return dot == std::string::npos || dot == 0 ? fileName : fileName.substr(0, dot);
}

} // namespace

void PhotosScreen::open(const std::string& folder)
{
    m_folder = folder.empty() ? core::userPicturesFolder() : folder;
    m_listed = false;
}

void PhotosScreen::list(Window& window)
{
    m_listed = true;
    m_entries.clear();
    m_problem.clear();
    std::error_code error;
    std::filesystem::directory_iterator it(m_folder, std::filesystem::directory_options::skip_permission_denied, error);
    if (error) {
        m_problem = "This folder cannot be opened.";
    } else {
        for (; it != std::filesystem::directory_iterator(); it.increment(error)) {
            if (error)
                break;
            const std::string name = it->path().filename().string();
            if (name.empty() || name.front() == '.')
                continue; // hidden files and folders
            std::error_code kindError;
            if (it->is_directory(kindError))
                m_entries.push_back({name, it->path().string(), true});
            else if (it->is_regular_file(kindError) && core::looksLikePhotoFile(name))
                m_entries.push_back({name, it->path().string(), false});
        }
    }
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        if (a.isFolder != b.isFolder)
            return a.isFolder;
        return readsBefore(a.name, b.name);
    });
    if (!m_loader) {
        m_loader = std::make_unique<ThumbnailLoader>([&window] {
            SDL_Event event{};
            event.type = SDL_USEREVENT;
            window.pushEvent(event);
        });
    }
    std::vector<std::string> photos;
    for (const auto& entry : m_entries)
        if (!entry.isFolder)
            photos.push_back(entry.path);
    m_loader->request(photos);
}

void PhotosScreen::draw(App& app, UiContext& ui)
{
    if (m_folder.empty())
        open();
    if (!m_listed)
        list(ui.window);

    app.pictureScreen().drawProblem(ui);
    const float gap = ui.em(0.6f);
    const float available = ImGui::GetContentRegionAvail().x;

    // Where we are, and the way up.
    const std::filesystem::path here(m_folder);
    const bool atTop = !here.has_parent_path() || here.parent_path() == here;
    TileContent up = buttonContent("folder-up", "Up", "up-arrow");
    up.detail = "The folder above";
    up.spoken = "Go up to the folder above";
    up.enabled = !atTop;
    std::string toOpen;
    if (tile(ui, up, ImVec2(ui.em(9.0f), ui.em(3.0f)), PictureSide::Left))
        toOpen = here.parent_path().string();
    ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    ImGui::PushFont(ui.window.boldFont());
    const std::string name = here.filename().string().empty() ? m_folder : here.filename().string();
    wrappedText(ui, name);
    ImGui::PopFont();
    ImGui::TextWrapped("Tap a photo to use it.");
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(0, gap * 0.5f));

    if (!m_problem.empty())
        ImGui::TextWrapped("%s", m_problem.c_str());
    else if (m_entries.empty())
        ImGui::TextWrapped("There are no photos in this folder. Try another folder.");

    const TileGrid grid = tileGridFor(available, ImVec2(ui.card(10.0f), ui.card(10.5f)), gap, ui.minimumTarget());
    std::string chosenPhoto;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        grid.moveTo(i);
        const Entry& entry = m_entries[i];
        TileContent content;
        content.label = entry.isFolder ? entry.name : shownName(entry.name);
        if (entry.isFolder) {
            content.id = "folder:" + entry.name;
            content.symbol = "file-folder";
            content.spoken = "Folder " + entry.name;
            content.role = TargetRole::Button;
        } else {
            content.id = "photo-file:" + entry.name;
            content.spoken = "Photo " + content.label;
            content.role = TargetRole::Card; // a card's room for its words, so the pictures line up
            std::string bytes;
            switch (m_loader->state(entry.path, bytes)) {
            case ThumbnailLoader::State::Waiting: content.symbol = "hourglass-not-done"; break;
            case ThumbnailLoader::State::Failed: content.symbol = "warning"; content.detail = "Cannot be shown"; break;
            case ThumbnailLoader::State::Ready:
                // Only tiles on screen reach here with a texture; the rest wait in the loader as small files.
                if (ImGui::IsRectVisible(grid.tileSize))
                    content.picture = ui.pictures.encoded("thumbnail:" + entry.path, bytes);
                if (!content.picture)
                    content.symbol = "framed-picture";
                break;
            }
        }
        if (tile(ui, content, grid.tileSize, PictureSide::Top)) {
            if (entry.isFolder)
                toOpen = entry.path;
            else
                chosenPhoto = entry.path;
        }
    }
    // Each thumbnail made wakes the loop (an SDL_USEREVENT), so nothing polls.

    if (!toOpen.empty()) {
        open(toOpen);
        ImGui::SetScrollY(0);
    } else if (!chosenPhoto.empty() && app.pictureScreen().usePhoto(app, chosenPhoto)) {
        app.showScreen(ScreenName::Picture);
    }
}

} // namespace rightjob::ui
