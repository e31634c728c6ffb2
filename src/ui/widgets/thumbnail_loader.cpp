#include "ui/widgets/thumbnail_loader.h"

#include "core/pictures/image_import.h"

namespace rightjob::ui {

ThumbnailLoader::ThumbnailLoader(std::function<void()> onReady)
    : m_onReady(std::move(onReady)), m_thread([this] { run(); })
{
}

ThumbnailLoader::~ThumbnailLoader()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    m_thread.join();
}

void ThumbnailLoader::request(const std::vector<std::string>& paths)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_queue.assign(paths.begin(), paths.end());
        ++m_generation;
        m_ready.clear();
        m_failed.clear();
    }
    m_wake.notify_all();
}

ThumbnailLoader::State ThumbnailLoader::state(const std::string& path, std::string& bytes) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (const auto found = m_ready.find(path); found != m_ready.end()) {
        bytes = found->second;
        return State::Ready;
    }
    return m_failed.count(path) ? State::Failed : State::Waiting;
}

std::size_t ThumbnailLoader::waiting() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_queue.size() + (m_working.empty() ? 0 : 1);
}

void ThumbnailLoader::run()
{
    for (;;) {
        std::string path;
        unsigned long generation = 0;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_stop)
                return;
            path = m_queue.front();
            m_queue.pop_front();
            m_working = path;
            generation = m_generation;
        }
        // The same checks and turning as a real import, at thumbnail size.
        std::string bytes;
        bool ok = false;
        try {
            core::ImportOptions options;
            options.longestSide = kThumbnailSide;
            options.jpegQuality = 80;
            bytes = core::importPhoto(path, options).bytes;
            ok = true;
        } catch (const core::ImageError&) {
            ok = false;
        } catch (const std::exception&) {
            ok = false; // out of memory on a strange file: no thumbnail, never a crash
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_working.clear();
            // A result for a folder left behind is not kept.
            const bool stillWanted = !m_stop && generation == m_generation;
            if (stillWanted && ok)
                m_ready[path] = std::move(bytes);
            else if (stillWanted)
                m_failed[path] = true;
        }
        if (m_onReady)
            m_onReady();
    }
}

} // namespace rightjob::ui
