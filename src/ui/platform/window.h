// The program's one window: SDL2 window and SDL_Renderer, the Dear ImGui
// context and its SDL backends, the fonts, an event loop that sleeps when
// nothing changes, injected input for tests, and PNG screenshots.
#pragma once

#include "ui/platform/draw_data_renderer.h"
#include "ui/platform/scaling.h"
#include "ui/platform/theme.h"

#include <imgui.h>
#include <SDL_scancode.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

struct SDL_Window;
struct SDL_Renderer;
union SDL_Event;

namespace rightjob::ui {

class ShapedTextCache;

// The typeface for all text: Andika for new readers, or OpenDyslexic.
enum class FontFamily { Andika, OpenDyslexic };

// Which fonts to load and where to look for their files.
struct FontChoice {
    FontFamily family = FontFamily::Andika;
    // Folders searched, in order, before the system's font folders (for
    // example the program's assets/fonts).
    std::vector<std::string> searchFolders;
};

// How long processEvents may sleep when no frame is due.
class WaitPolicy {
public:
    // Sleep until an event comes or a requested frame is due, however long that is: the normal loop.
    static WaitPolicy untilEvent();
    // Sleep as untilEvent does, but never longer than limit; for tests and polling timers.
    static WaitPolicy atMost(std::chrono::milliseconds limit);
    // Never sleep: take the events already queued and return.
    static WaitPolicy noWait();

    // The longest sleep allowed; empty means no limit.
    std::optional<std::chrono::milliseconds> limit() const { return m_limit; }

private:
    explicit WaitPolicy(std::optional<std::chrono::milliseconds> limit) : m_limit(limit) {}
    std::optional<std::chrono::milliseconds> m_limit;
};

// Whether the window is on screen for a person, or hidden for tests and screenshots.
enum class WindowMode {
    // A resizable window on the display, with high-DPI allowed and a hardware renderer when there is one.
    Interactive,
    // A hidden window of a fixed size with the software renderer; draws the same pixels on every machine.
    Headless,
};

// How to open the window.
struct WindowOptions {
    std::string title = "Right Job";
    int width = 1280;   // in window coordinates
    int height = 800;   // in window coordinates
    WindowMode mode = WindowMode::Interactive;
    FontChoice fonts;
    // The person's text size (see Scaling::kTextScaleChoices).
    float textScale = 1.0f;
};

// Whether injected pointer input comes as a mouse or as a finger on a touch screen.
enum class PointerKind { Mouse, Finger };

// The window, its renderer and the ImGui context. Only one may exist at a time.
// Not thread-safe: use it from the thread that made it, except pushEvent.
class Window {
public:
    // Starts SDL video, opens the window and renderer, makes the ImGui
    // context (with no .ini file) and loads the fonts. Throws
    // std::runtime_error, with SDL's reason, when the window cannot be opened.
    explicit Window(const WindowOptions& options);

    // Shuts the backends and ImGui down and closes the window; stops SDL when nothing else uses it.
    ~Window();

    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    // [SECTION] The loop

    // Takes queued events, sleeping first as policy allows when no frame is
    // due; it never spins. Returns false once the window is closed or quit is asked.
    bool processEvents(WaitPolicy policy);

    // True when a frame should be drawn now: after input (for a few frames so
    // ImGui settles), while an animation is running, or when a timed frame is due.
    bool frameDue() const;

    // Starts an ImGui frame; applies font, theme and size changes asked for since the last frame.
    void beginFrame();

    // Renders the frame and shows it.
    void endFrame();

    // One turn of the loop: processEvents, then beginFrame, drawUi and
    // endFrame if a frame is due. Returns false once the window should close.
    bool runLoopOnce(WaitPolicy policy, const std::function<void()>& drawUi);

    // Asks for the next count frames to be drawn at the display rate (about 60 a second).
    void requestAnimationFrames(int count);

    // Asks for frames to be drawn continuously (about 60 a second) for duration, as for a dwell timer.
    void requestRedrawFor(std::chrono::milliseconds duration);

    // Asks for one frame once delay has passed, even with no input, as for a message that goes away.
    void requestFrameAfter(std::chrono::milliseconds delay);

    // How many frames endFrame has shown since the window opened.
    std::uint64_t framesDrawn() const { return m_framesDrawn; }

    // How many times processEvents has slept and woken up since the window
    // opened (for an event, a due frame or the policy's limit). An idle loop
    // should wake rarely; tests and the bench count this. Under a display
    // whose own wait SDL uses, SDL may look for events more often than this.
    std::uint64_t wakeUps() const { return m_wakeUps; }

    // Asks the loop to stop: processEvents returns false from then on.
    void requestQuit();

    // True once after Ctrl+Q was pressed. Read from SDL's own key event, as
    // ImGui reads the Ctrl key once a frame and can miss a quick press.
    bool takeQuitShortcut() { return std::exchange(m_quitShortcut, false); }

    // [SECTION] Screenshots

    // Writes the frame finished by the last endFrame() to path as an RGBA PNG
    // at the renderer's output size. Draws that frame again without showing
    // it, so it works with every renderer. Returns false with a plain reason
    // in error when there is no finished frame, inside a frame, or when the
    // pixels cannot be read or the file written.
    bool savePng(const std::string& path, std::string& error);

    // Draws the frame finished by the last endFrame() again, as savePng does,
    // and reads its pixels (RGBA, 4 bytes a pixel, rows top to bottom,
    // alpha set to 255), with their width and height. Returns false with a
    // plain reason in error when there is no finished frame, inside a frame,
    // or when the pixels cannot be read.
    bool readPixels(std::vector<unsigned char>& pixels, int& pixelWidth, int& pixelHeight, std::string& error);

    // How frames are handed to the renderer: DrawPath::Shapes (the default,
    // many times faster on SDL's software renderer) or DrawPath::Triangles
    // (as ImGui's own backend draws them), for tests that compare the two.
    void setDrawPath(DrawPath path) { m_drawPath = path; }

    // What the last frame drawn was handed to SDL as (see DrawCounts).
    const DrawCounts& drawCounts() const { return m_drawDataRenderer.counts(); }

    // [SECTION] Size, fonts and theme

    // Resizes the window (in window coordinates); the next frame uses the new size.
    void setSize(int width, int height);

    // The window's width in window coordinates.
    int width() const;

    // The window's height in window coordinates.
    int height() const;

    // Loads fonts for choice at textScale from the next frame on; scaling() changes at once.
    void rebuildFonts(const FontChoice& choice, float textScale);

    // The current text size and em conversions.
    const Scaling& scaling() const { return m_scaling; }

    // Uses theme's colours from the next frame on, and again whenever the text size changes.
    void setTheme(const Theme& theme);

    // The theme in use (the built-in standard theme until setTheme is called).
    const Theme& theme() const { return m_theme; }

    // The body text font (ImGui's default font). Valid until the fonts are next rebuilt: fetch it each frame.
    ImFont* bodyFont() const { return m_bodyFont; }

    // The bold body font at the body size. Valid until the fonts are next rebuilt.
    ImFont* boldFont() const { return m_boldFont; }

    // The bold heading font, larger than the body. Valid until the fonts are next rebuilt.
    ImFont* headingFont() const { return m_headingFont; }

    // Why the chosen fonts could not be used (then ImGui's own font stands in); empty when all is well.
    const std::string& fontProblem() const { return m_fontProblem; }

    // The fontconfig family of the chosen typeface ("Andika", "OpenDyslexic"), for text pango draws.
    const char* fontFamilyName() const;

    // Text the font atlas cannot draw (other scripts, emoji, right to left), drawn by pango.
    ShapedTextCache& shapedText() { return *m_shapedText; }

    // [SECTION] Injected input (tests and scripted use)

    // Queues an SDL event as if it came from the system; safe from any thread. Returns false when SDL refuses it.
    bool pushEvent(const SDL_Event& event);

    // Queues a pointer move to (x, y) in window coordinates.
    void injectPointerMove(float x, float y, PointerKind kind = PointerKind::Mouse);

    // Queues a press of the main button (or a finger touching) at (x, y).
    void injectPointerDown(float x, float y, PointerKind kind = PointerKind::Mouse);

    // Queues a release of the main button (or the finger lifting) at (x, y).
    void injectPointerUp(float x, float y, PointerKind kind = PointerKind::Mouse);

    // Queues a move, press and release at (x, y): a click, or a tap when kind is Finger.
    void injectTap(float x, float y, PointerKind kind = PointerKind::Mouse);

    // Queues a key press and release, with modifier keys held (a KMOD_ mask: KMOD_CTRL for Ctrl+Q).
    void injectKey(SDL_Scancode scancode, int modifiers = 0);

    // Queues typed text (UTF-8), as an input method would send it.
    void injectText(const std::string& text);

    // The paths of files dropped onto the window since the last call, oldest first.
    std::vector<std::string> takeDroppedFiles();

    // [SECTION] Access for widgets that make textures

    // The SDL window.
    SDL_Window* sdlWindow() const { return m_window; }

    // The SDL renderer, for making textures of pictures.
    SDL_Renderer* sdlRenderer() const { return m_renderer; }

    // True when the window was opened with WindowMode::Headless.
    bool isHeadless() const { return m_mode == WindowMode::Headless; }

private:
    void shutDown();
    void buildFonts();
    void renderDrawData(ImDrawData* drawData);
    void dispatchEvent(const SDL_Event& event);
    bool undoesUnseenPress(const SDL_Event& event) const;
    void handleEvent(const SDL_Event& event);
    void handleFingerEvent(const SDL_Event& event);
    void applyPointerToImGui();
    std::uint32_t windowId() const;
    SDL_Event fingerEvent(std::uint32_t type, float x, float y, float pressure) const;
    SDL_Event mouseButtonEvent(std::uint32_t type, float x, float y) const;
    std::optional<std::uint64_t> nextWakeTicks(std::uint64_t now) const;
    bool waitForEvent(std::optional<std::uint64_t> wakeAt, SDL_Event& event);
    bool waitForPushedEvent(std::optional<std::uint64_t> wakeAt, SDL_Event& event);
    bool takeEvent(SDL_Event& event);

    WindowMode m_mode = WindowMode::Interactive;
    SDL_Window* m_window = nullptr;
    SDL_Renderer* m_renderer = nullptr;
    ImGuiContext* m_imguiContext = nullptr;
    bool m_sdlVideoStarted = false;
    bool m_platformBackendStarted = false;
    bool m_rendererBackendStarted = false;

    Scaling m_scaling;
    FontChoice m_fontChoice;
    Theme m_theme;
    bool m_fontsNeedRebuild = false;
    bool m_themeNeedsApplying = false;
    ImFont* m_bodyFont = nullptr;
    ImFont* m_boldFont = nullptr;
    ImFont* m_headingFont = nullptr;
    std::string m_fontProblem;
    std::unique_ptr<ShapedTextCache> m_shapedText; // made with the renderer, freed before it
    DrawDataRenderer m_drawDataRenderer;
    DrawPath m_drawPath = DrawPath::Shapes;

    // The loop's clock, in SDL ticks (milliseconds).
    bool m_inFrame = false;
    bool m_quitRequested = false;
    bool m_quitShortcut = false;
    int m_settleFramesLeft = 0;
    int m_animationFramesLeft = 0;
    std::uint64_t m_redrawUntilTicks = 0;
    std::optional<std::uint64_t> m_timedFrameTicks;
    std::uint64_t m_lastFrameTicks = 0;
    std::uint64_t m_framesDrawn = 0;
    std::uint64_t m_wakeUps = 0;

    // Set for video drivers with no events of their own (offscreen, dummy),
    // where SDL's own wait would look for events every millisecond: every
    // event then comes through SDL_PushEvent, which this signal sees.
    struct PushedEventSignal;
    std::unique_ptr<PushedEventSignal> m_pushedEvents;

    // The pointer as this window tracks it from events, so that injected
    // events and touch work the same as a real mouse.
    ImVec2 m_pointerPosition;
    bool m_pointerInside = false;
    bool m_buttonHeld[3] = {false, false, false};
    bool m_buttonPressUnseen[3] = {false, false, false};
    std::optional<std::int64_t> m_activeFinger;
    bool m_pointerLeavesAfterFrame = false;
    std::vector<SDL_Scancode> m_keyPressesUnseen;
    std::vector<std::string> m_droppedFiles;
    // Events held back until a frame has seen the press they would undo.
    std::vector<SDL_Event> m_heldBackEvents;
};

} // namespace rightjob::ui
