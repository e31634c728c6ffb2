// The picture browser: the person's own photos as big thumbnails, starting
// in their Pictures folder, with folders as big tiles and an "Up" button —
// no tiny file dialog. Only PNG and JPEG files are shown. Thumbnails are
// made on a thread of their own, so a folder of hundreds of photos opens at
// once and fills in as they are ready.
#pragma once

#include "ui/ui_context.h"
#include "ui/widgets/thumbnail_loader.h"

#include <memory>
#include <string>
#include <vector>

namespace rightjob::ui {

class App;

// The "photos" screen.
class PhotosScreen {
public:
    // Opens folder (the user's Pictures folder when empty) and lists it.
    void open(const std::string& folder = "");
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);

    const std::string& folder() const { return m_folder; }
    // How many thumbnails are still being made (tests wait for none).
    std::size_t thumbnailsWaiting() const { return m_loader ? m_loader->waiting() : 0; }

private:
    struct Entry {
        std::string name;
        std::string path;
        bool isFolder = false;
    };
    void list(Window& window);

    std::string m_folder;
    bool m_listed = false;
    std::vector<Entry> m_entries;
    std::string m_problem; // why the folder cannot be read
    std::unique_ptr<ThumbnailLoader> m_loader;
};

} // namespace rightjob::ui
