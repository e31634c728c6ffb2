// Thumbnails of photos made on a thread of their own, so that opening a
// folder of hundreds of photos never holds up the screen. Each thumbnail is
// made the way a photo is imported (checked, turned by its EXIF
// orientation, scaled down) and kept as small JPEG or PNG bytes; the screen
// turns the ones it shows into textures through the PictureCache.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace rightjob::ui {

// Makes thumbnails in the background, in the order asked for.
class ThumbnailLoader {
public:
    // The longest side of a thumbnail, in pixels.
    static constexpr int kThumbnailSide = 256;

    // onReady is called on the loader's thread after each thumbnail (to wake
    // the event loop); it must be safe to call from any thread.
    explicit ThumbnailLoader(std::function<void()> onReady);
    // Stops after the thumbnail being made and waits for the thread.
    ~ThumbnailLoader();
    ThumbnailLoader(const ThumbnailLoader&) = delete;
    ThumbnailLoader& operator=(const ThumbnailLoader&) = delete;

    // Forgets what was asked and made before and makes thumbnails of these
    // files, first to last (a new folder opened).
    void request(const std::vector<std::string>& paths);

    enum class State { Waiting, Ready, Failed };
    // Whether the thumbnail of path is made; when Ready, bytes gets it.
    State state(const std::string& path, std::string& bytes) const;
    // How many thumbnails asked for are not made yet.
    std::size_t waiting() const;

private:
    void run();

    std::function<void()> m_onReady;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::string> m_queue;
    std::string m_working; // being made now; empty when idle
    std::map<std::string, std::string> m_ready;
    std::map<std::string, bool> m_failed;
    bool m_stop = false;
    unsigned long m_generation = 0; // rises with each request
    std::thread m_thread;
};

} // namespace rightjob::ui
