// [SECTION] Constants and small helpers
// [SECTION] WaitPolicy
// [SECTION] Opening and closing
// [SECTION] Fonts
// [SECTION] The loop: waiting and events
// [SECTION] The loop: frames
// [SECTION] Screenshots
// [SECTION] Size and theme
// [SECTION] Injected input

#include "ui/platform/window.h"
#include "ui/platform/shaped_text.h"

#include <SDL.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>
#if RIGHTJOB_IMGUI_FREETYPE
#include <imgui_freetype.h>
#endif
#include <stb_image_write.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace rightjob::ui {

// [SECTION] Constants and small helpers

namespace {

// How much of ImGui's own wheel step (5 lines of text) one notch scrolls.
constexpr float kWheelNotchShare = 0.5f;

// Frames drawn after any input, so that ImGui's hover, release and layout
// changes all reach the screen before the loop goes back to sleep.
constexpr int kSettleFrames = 3;

// The shortest time between animation frames (about 60 a second), so that an
// animation on a renderer without vertical sync does not run flat out.
constexpr std::uint64_t kAnimationFrameMilliseconds = 16;

// The longest the loop sleeps without looking for events when it waits by
// itself (see Window::PushedEventSignal): signals such as Ctrl+C only become
// a quit event when SDL looks.
constexpr std::uint64_t kLongestSleepMilliseconds = 1000;

// How long an event that SDL said was pushed may take to reach the queue
// before the loop stops waiting for it (it was filtered out, or the queue was full).
constexpr std::uint64_t kPushedEventGraceMilliseconds = 10;

// The heading font's size, in em.
constexpr float kHeadingEms = 1.4f;

// Latin (with Latin-1, so £), Latin Extended-A and -B (Welsh ŵ ŷ, Polish,
// Romanian), General Punctuation (curly quotes, dashes, ellipsis) and €.
// Constant data that ImGui reads while the atlas lives.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x024F,
    0x2000, 0x206F,
    0x20AC, 0x20AC,
    0,
};

// The id given to injected touches, so they never mix with a real device's.
constexpr SDL_TouchID kInjectedTouchId = 0x52494748; // "RIGH"
constexpr SDL_FingerID kInjectedFingerId = 1;

std::uint64_t nowTicks()
{
    return SDL_GetTicks64();
}

bool isSoftwareOnlyDriver(const char* driver)
{
    return driver != nullptr && (std::strcmp(driver, "offscreen") == 0 || std::strcmp(driver, "dummy") == 0);
}

bool fileIsReadable(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    return file.good();
}

struct FontFiles {
    const char* regular;
    const char* bold;
    const char* systemFolder;
};

FontFiles fontFilesFor(FontFamily family)
{
    switch (family) {
    case FontFamily::OpenDyslexic:
        return {"OpenDyslexic-Regular.otf", "OpenDyslexic-Bold.otf", "/usr/share/fonts/opentype/opendyslexic"};
    case FontFamily::Andika:
        break;
    }
    return {"Andika-Regular.ttf", "Andika-Bold.ttf", "/usr/share/fonts/truetype/andika"};
}

// The first readable file called name in folders, then in systemFolder; empty when there is none.
std::string findFontFile(const std::vector<std::string>& folders, const char* systemFolder, const char* name)
{
    std::vector<std::string> candidates;
    for (const std::string& folder : folders)
        candidates.push_back(folder + "/" + name);
    candidates.push_back(std::string(systemFolder) + "/" + name);
    for (const std::string& candidate : candidates) {
        if (fileIsReadable(candidate))
            return candidate;
    }
    return {};
}

int mouseButtonIndex(std::uint8_t button)
{
    switch (button) {
    case SDL_BUTTON_LEFT:
        return 0;
    case SDL_BUTTON_RIGHT:
        return 1;
    case SDL_BUTTON_MIDDLE:
        return 2;
    default:
        return -1;
    }
}

} // namespace

// [SECTION] WaitPolicy

WaitPolicy WaitPolicy::untilEvent()
{
    return WaitPolicy(std::nullopt);
}

WaitPolicy WaitPolicy::atMost(std::chrono::milliseconds limit)
{
    return WaitPolicy(std::max(limit, std::chrono::milliseconds(0)));
}

WaitPolicy WaitPolicy::noWait()
{
    return WaitPolicy(std::chrono::milliseconds(0));
}

// [SECTION] Opening and closing

// With a video driver that has no events of its own (offscreen, dummy), SDL's
// wait looks for events every millisecond: a thousand wake-ups a second for a
// window that is doing nothing. Every event then comes through SDL_PushEvent
// (from this thread or another), and SDL calls an event watch for each, just
// before it goes into the queue. The watch counts it and posts a semaphore
// that the loop sleeps on.
struct Window::PushedEventSignal {
    SDL_sem* semaphore = nullptr;
    std::atomic<std::uint64_t> pushed{0}; // events SDL said it was pushing
    std::uint64_t taken = 0;              // events the loop has taken from the queue
    std::optional<std::uint64_t> missingSince; // ticks when a pushed event was first not yet in the queue

    static int SDLCALL onPush(void* userdata, SDL_Event* event)
    {
#if SDL_VERSION_ATLEAST(2, 0, 24)
        // Every SDL_PollEvent pushes this marker and takes it back itself;
        // counting it would wake the loop after every look at the queue.
        if (event->type == SDL_POLLSENTINEL)
            return 0;
#else
        (void)event;
#endif
        auto* signal = static_cast<PushedEventSignal*>(userdata);
        signal->pushed.fetch_add(1);
        SDL_SemPost(signal->semaphore);
        return 0; // a watch cannot drop events; the value is ignored
    }
};

Window::Window(const WindowOptions& options)
    : m_mode(options.mode)
    , m_fontChoice(options.fonts)
    , m_theme(fallbackTheme())
{
    m_scaling.textScale = options.textScale;
    try {
        // Only video (and with it, events): no joystick or sensor subsystem,
        // whose polling would stop SDL from truly sleeping in SDL_WaitEvent.
        if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0)
            throw std::runtime_error(std::string("SDL could not start its video: ") + SDL_GetError());
        m_sdlVideoStarted = true;

        SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "linear");
        SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");

        const bool headless = m_mode == WindowMode::Headless;
        const Uint32 windowFlags = headless ? static_cast<Uint32>(SDL_WINDOW_HIDDEN)
                                            : static_cast<Uint32>(SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
        m_window = SDL_CreateWindow(options.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
            std::max(options.width, 1), std::max(options.height, 1), windowFlags);
        if (m_window == nullptr)
            throw std::runtime_error(std::string("SDL could not open the window: ") + SDL_GetError());
        if (!headless)
            SDL_SetWindowMinimumSize(m_window, 480, 360);

        if (isSoftwareOnlyDriver(SDL_GetCurrentVideoDriver())) {
            m_pushedEvents = std::make_unique<PushedEventSignal>();
            m_pushedEvents->semaphore = SDL_CreateSemaphore(0);
            if (m_pushedEvents->semaphore != nullptr)
                SDL_AddEventWatch(&PushedEventSignal::onPush, m_pushedEvents.get());
            else
                m_pushedEvents.reset(); // SDL's own wait still works, only more often
        }

        // Headless windows and display-less drivers draw in software: the
        // same pixels on every machine, and render targets for screenshots.
        const bool softwareOnly = headless || isSoftwareOnlyDriver(SDL_GetCurrentVideoDriver());
        if (softwareOnly) {
            // Keep the window surface in plain memory: otherwise SDL backs it
            // with an OpenGL texture, loading EGL and LLVM just to read pixels back.
            SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
            m_renderer = SDL_CreateRenderer(m_window, -1, SDL_RENDERER_SOFTWARE | SDL_RENDERER_TARGETTEXTURE);
        } else {
            m_renderer = SDL_CreateRenderer(m_window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
            if (m_renderer == nullptr)
                m_renderer = SDL_CreateRenderer(m_window, -1, SDL_RENDERER_SOFTWARE);
        }
        if (m_renderer == nullptr)
            throw std::runtime_error(std::string("SDL could not make a renderer: ") + SDL_GetError());
        m_shapedText = std::make_unique<ShapedTextCache>(m_renderer);

        IMGUI_CHECKVERSION();
        m_imguiContext = ImGui::CreateContext();
        ImGui::SetCurrentContext(m_imguiContext);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr; // layouts are data, not remembered window positions
        io.LogFilename = nullptr;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard; // keyboards and switches that send keys
        io.ConfigInputTextCursorBlink = false;                // nothing flashes; and idle stays idle
        io.ConfigWindowsMoveFromTitleBarOnly = true;

        if (!ImGui_ImplSDL2_InitForSDLRenderer(m_window))
            throw std::runtime_error("Dear ImGui's SDL backend could not start.");
        m_platformBackendStarted = true;
        if (!ImGui_ImplSDLRenderer_Init(m_renderer))
            throw std::runtime_error("Dear ImGui's SDL_Renderer backend could not start.");
        m_rendererBackendStarted = true;

        buildFonts();
        applyTheme(m_theme, m_scaling);
        m_settleFramesLeft = kSettleFrames;
    } catch (...) {
        shutDown();
        throw;
    }
}

Window::~Window()
{
    shutDown();
}

void Window::shutDown()
{
    if (m_imguiContext != nullptr)
        ImGui::SetCurrentContext(m_imguiContext);
    if (m_rendererBackendStarted)
        ImGui_ImplSDLRenderer_Shutdown();
    if (m_platformBackendStarted)
        ImGui_ImplSDL2_Shutdown();
    m_rendererBackendStarted = false;
    m_platformBackendStarted = false;
    if (m_imguiContext != nullptr)
        ImGui::DestroyContext(m_imguiContext);
    m_imguiContext = nullptr;
    m_shapedText.reset(); // its textures belong to the renderer
    if (m_renderer != nullptr)
        SDL_DestroyRenderer(m_renderer);
    m_renderer = nullptr;
    if (m_window != nullptr)
        SDL_DestroyWindow(m_window);
    m_window = nullptr;
    if (m_pushedEvents) {
        SDL_DelEventWatch(&PushedEventSignal::onPush, m_pushedEvents.get());
        SDL_DestroySemaphore(m_pushedEvents->semaphore);
        m_pushedEvents.reset();
    }
    if (m_sdlVideoStarted) {
        SDL_QuitSubSystem(SDL_INIT_VIDEO);
        // Only stop SDL as a whole when no other part (such as audio) still uses it.
        if (SDL_WasInit(0) == 0)
            SDL_Quit();
    }
    m_sdlVideoStarted = false;
}

// [SECTION] Fonts

void Window::buildFonts()
{
    ImGuiIO& io = ImGui::GetIO();
    ImFontAtlas& atlas = *io.Fonts;
    atlas.Clear();
#if RIGHTJOB_IMGUI_FREETYPE
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
#endif
    m_fontProblem.clear();

    const float bodyPixels = std::round(m_scaling.em());
    const float headingPixels = std::round(m_scaling.toPixels(kHeadingEms));
    const FontFiles files = fontFilesFor(m_fontChoice.family);
    const std::string regularPath = findFontFile(m_fontChoice.searchFolders, files.systemFolder, files.regular);
    const std::string boldPath = findFontFile(m_fontChoice.searchFolders, files.systemFolder, files.bold);

    ImFontConfig config;
    config.OversampleH = 2; // used by stb_truetype only; FreeType hints instead
    config.OversampleV = 1;

    m_bodyFont = m_boldFont = m_headingFont = nullptr;
    if (regularPath.empty()) {
        m_fontProblem = std::string("The font file ") + files.regular + " was not found.";
    } else {
        m_bodyFont = atlas.AddFontFromFileTTF(regularPath.c_str(), bodyPixels, &config, kGlyphRanges);
        if (m_bodyFont == nullptr)
            m_fontProblem = "The font file " + regularPath + " could not be read.";
    }
    if (m_bodyFont != nullptr && !boldPath.empty()) {
        m_boldFont = atlas.AddFontFromFileTTF(boldPath.c_str(), bodyPixels, &config, kGlyphRanges);
        m_headingFont = atlas.AddFontFromFileTTF(boldPath.c_str(), headingPixels, &config, kGlyphRanges);
    }
    if (m_bodyFont != nullptr && m_boldFont == nullptr) {
        // Without a bold face, the regular one at the same sizes still reads well.
        m_fontProblem = std::string("The font file ") + files.bold + " was not found; using the regular face.";
        m_boldFont = atlas.AddFontFromFileTTF(regularPath.c_str(), bodyPixels, &config, kGlyphRanges);
        m_headingFont = atlas.AddFontFromFileTTF(regularPath.c_str(), headingPixels, &config, kGlyphRanges);
    }

    if (m_bodyFont == nullptr || !atlas.Build()) {
        // ImGui's own font, scaled up, is plain but keeps the program usable.
        if (m_fontProblem.empty())
            m_fontProblem = "The fonts could not be prepared.";
        atlas.Clear();
        ImFontConfig fallback;
        fallback.SizePixels = bodyPixels;
        m_bodyFont = m_boldFont = atlas.AddFontDefault(&fallback);
        fallback.SizePixels = headingPixels;
        m_headingFont = atlas.AddFontDefault(&fallback);
        atlas.Build();
    }
    io.FontDefault = m_bodyFont;

    if (m_rendererBackendStarted) {
        ImGui_ImplSDLRenderer_DestroyFontsTexture();
        ImGui_ImplSDLRenderer_CreateFontsTexture();
    }
    m_fontsNeedRebuild = false;
}

const char* Window::fontFamilyName() const
{
    return m_fontChoice.family == FontFamily::OpenDyslexic ? "OpenDyslexic" : "Andika";
}

void Window::rebuildFonts(const FontChoice& choice, float textScale)
{
    m_fontChoice = choice;
    m_scaling.textScale = textScale;
    // Never between NewFrame and Render, and never under a finished frame's
    // draw data (savePng may still draw it): beginFrame does the work.
    m_fontsNeedRebuild = true;
    m_themeNeedsApplying = true;
}

// [SECTION] The loop: waiting and events

bool Window::frameDue() const
{
    const std::uint64_t now = nowTicks();
    return m_settleFramesLeft > 0 || m_animationFramesLeft > 0 || now < m_redrawUntilTicks
        || (m_timedFrameTicks && now >= *m_timedFrameTicks) || m_fontsNeedRebuild || m_themeNeedsApplying
        || !m_heldBackEvents.empty();
}

std::optional<std::uint64_t> Window::nextWakeTicks(std::uint64_t now) const
{
    if (m_animationFramesLeft > 0 || now < m_redrawUntilTicks)
        return std::max(now, m_lastFrameTicks + kAnimationFrameMilliseconds);
    if (frameDue())
        return now;
    return m_timedFrameTicks;
}

bool Window::processEvents(WaitPolicy policy)
{
    ImGui::SetCurrentContext(m_imguiContext);

    // Events held back last time go first, in their order.
    std::vector<SDL_Event> heldBack;
    heldBack.swap(m_heldBackEvents);
    for (const SDL_Event& event : heldBack)
        dispatchEvent(event);

    // Work out how long we may sleep: until the next frame the loop owes,
    // or the policy's limit, whichever is sooner; forever when neither.
    const std::uint64_t now = nowTicks();
    std::optional<std::uint64_t> wakeAt = nextWakeTicks(now);
    if (const auto limit = policy.limit()) {
        const std::uint64_t limitAt = now + static_cast<std::uint64_t>(limit->count());
        wakeAt = wakeAt ? std::min(*wakeAt, limitAt) : limitAt;
    }

    SDL_Event event;
    if ((!wakeAt || *wakeAt > now) && waitForEvent(wakeAt, event))
        dispatchEvent(event);
    while (takeEvent(event))
        dispatchEvent(event);

    return !m_quitRequested;
}

bool Window::takeEvent(SDL_Event& event)
{
    if (SDL_PollEvent(&event) != 1)
        return false;
    if (m_pushedEvents)
        ++m_pushedEvents->taken;
    return true;
}

bool Window::waitForEvent(std::optional<std::uint64_t> wakeAt, SDL_Event& event)
{
    if (m_pushedEvents)
        return waitForPushedEvent(wakeAt, event);
    ++m_wakeUps;
    if (!wakeAt)
        return SDL_WaitEvent(&event) == 1;
    const std::uint64_t now = nowTicks();
    const std::uint64_t wait = *wakeAt > now ? *wakeAt - now : 0;
    return SDL_WaitEventTimeout(&event, static_cast<int>(std::min<std::uint64_t>(wait, INT32_MAX))) == 1;
}

bool Window::waitForPushedEvent(std::optional<std::uint64_t> wakeAt, SDL_Event& event)
{
    PushedEventSignal& signal = *m_pushedEvents;
    for (;;) {
        // Old posts go before the queue is looked at, so that a push from
        // here on posts again and ends the sleep below.
        while (SDL_SemTryWait(signal.semaphore) == 0) {
        }
        if (takeEvent(event)) {
            signal.missingSince.reset();
            return true;
        }
        const std::uint64_t now = nowTicks();
        if (wakeAt && now >= *wakeAt)
            return false;
        const std::uint64_t pushed = signal.pushed.load();
        if (pushed > signal.taken) {
            // SDL posts just before the event goes into the queue: it is on its way.
            if (!signal.missingSince)
                signal.missingSince = now;
            if (now - *signal.missingSince < kPushedEventGraceMilliseconds) {
                SDL_Delay(1);
                continue;
            }
        }
        signal.taken = pushed;
        signal.missingSince.reset();
        std::uint64_t sleep = kLongestSleepMilliseconds;
        if (wakeAt)
            sleep = std::min(sleep, *wakeAt - now);
        ++m_wakeUps;
        SDL_SemWaitTimeout(signal.semaphore, static_cast<Uint32>(sleep));
    }
}

bool Window::undoesUnseenPress(const SDL_Event& event) const
{
    switch (event.type) {
    case SDL_MOUSEBUTTONUP: {
        const int index = mouseButtonIndex(event.button.button);
        return event.button.which != SDL_TOUCH_MOUSEID && index >= 0 && m_buttonPressUnseen[index];
    }
    case SDL_FINGERUP:
        return m_activeFinger && *m_activeFinger == event.tfinger.fingerId && m_buttonPressUnseen[0];
    case SDL_KEYUP:
        return std::find(m_keyPressesUnseen.begin(), m_keyPressesUnseen.end(), event.key.keysym.scancode)
            != m_keyPressesUnseen.end();
    default:
        return false;
    }
}

void Window::dispatchEvent(const SDL_Event& event)
{
    // ImGui 1.86 reads button and key state once a frame, so a press and its
    // release in the same batch would cancel out. Hold the release (and all
    // that follow it, to keep their order) until a frame has seen the press.
    if (!m_heldBackEvents.empty() || undoesUnseenPress(event)) {
        m_heldBackEvents.push_back(event);
        return;
    }
    handleEvent(event);
}

void Window::handleEvent(const SDL_Event& event)
{
    ImGui_ImplSDL2_ProcessEvent(&event); // keys, text, wheel and focus
    m_settleFramesLeft = kSettleFrames;
    if (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP) {
        // The backend reads the modifiers from SDL's keyboard state, which an
        // injected key does not change; the event's own say the same for a real one.
        const int modifiers = SDL_GetModState() | event.key.keysym.mod;
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = (modifiers & KMOD_CTRL) != 0;
        io.KeyShift = (modifiers & KMOD_SHIFT) != 0;
        io.KeyAlt = (modifiers & KMOD_ALT) != 0;
    }

    switch (event.type) {
    case SDL_QUIT:
        m_quitRequested = true;
        break;
    case SDL_WINDOWEVENT:
        if (event.window.windowID != windowId())
            break;
        if (event.window.event == SDL_WINDOWEVENT_CLOSE)
            m_quitRequested = true;
        else if (event.window.event == SDL_WINDOWEVENT_LEAVE && !m_activeFinger && !m_buttonHeld[0])
            m_pointerInside = false;
        break;
    case SDL_MOUSEMOTION:
        if (event.motion.which == SDL_TOUCH_MOUSEID)
            break; // touches are handled as fingers
        m_pointerPosition = ImVec2(static_cast<float>(event.motion.x), static_cast<float>(event.motion.y));
        m_pointerInside = true;
        m_pointerLeavesAfterFrame = false;
        break;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP: {
        const int index = mouseButtonIndex(event.button.button);
        if (event.button.which == SDL_TOUCH_MOUSEID || index < 0)
            break;
        m_pointerPosition = ImVec2(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
        m_pointerInside = true;
        m_pointerLeavesAfterFrame = false;
        const bool down = event.type == SDL_MOUSEBUTTONDOWN;
        m_buttonHeld[index] = down;
        if (down)
            m_buttonPressUnseen[index] = true;
        break;
    }
    case SDL_FINGERDOWN:
    case SDL_FINGERMOTION:
    case SDL_FINGERUP:
        handleFingerEvent(event);
        break;
    case SDL_KEYDOWN:
        if (event.key.repeat == 0)
            m_keyPressesUnseen.push_back(event.key.keysym.scancode);
        if (event.key.keysym.scancode == SDL_SCANCODE_Q && ((SDL_GetModState() | event.key.keysym.mod) & KMOD_CTRL) != 0)
            m_quitShortcut = true;
        break;
    case SDL_DROPFILE:
        // SDL gives the path in memory the receiver must free.
        if (event.drop.file) {
            m_droppedFiles.emplace_back(event.drop.file);
            SDL_free(event.drop.file);
        }
        break;
    case SDL_RENDER_TARGETS_RESET:
    case SDL_RENDER_DEVICE_RESET:
        // The font texture may be gone with the device; make it again.
        m_fontsNeedRebuild = true;
        break;
    default:
        break;
    }
}

std::vector<std::string> Window::takeDroppedFiles()
{
    std::vector<std::string> files;
    files.swap(m_droppedFiles);
    return files;
}

void Window::handleFingerEvent(const SDL_Event& event)
{
    const SDL_TouchFingerEvent& finger = event.tfinger;
    // One finger drives the pointer; a second one (a resting palm, a
    // helper's hand) is ignored until the first lifts.
    if (event.type == SDL_FINGERDOWN) {
        if (m_activeFinger)
            return;
        m_activeFinger = finger.fingerId;
    } else if (!m_activeFinger || *m_activeFinger != finger.fingerId) {
        return;
    }
    // Finger positions are 0..1 across the window.
    m_pointerPosition = ImVec2(finger.x * static_cast<float>(width()), finger.y * static_cast<float>(height()));
    m_pointerInside = true;
    m_pointerLeavesAfterFrame = false;
    if (event.type == SDL_FINGERDOWN) {
        m_buttonHeld[0] = true;
        m_buttonPressUnseen[0] = true;
    } else if (event.type == SDL_FINGERUP) {
        m_buttonHeld[0] = false;
        m_activeFinger.reset();
        // A lifted finger hovers over nothing, but only once a frame has
        // seen the release at its place (that is what makes it a tap).
        m_pointerLeavesAfterFrame = true;
    }
}

void Window::applyPointerToImGui()
{
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = m_pointerInside ? m_pointerPosition : ImVec2(-FLT_MAX, -FLT_MAX);
    for (int index = 0; index < 3; ++index)
        io.MouseDown[index] = m_buttonHeld[index];
    for (int index = 3; index < IM_ARRAYSIZE(io.MouseDown); ++index)
        io.MouseDown[index] = false;
    if (m_pointerLeavesAfterFrame && !m_buttonHeld[0]) {
        m_pointerInside = false;
        m_pointerLeavesAfterFrame = false;
    }
    std::fill(std::begin(m_buttonPressUnseen), std::end(m_buttonPressUnseen), false);
    m_keyPressesUnseen.clear();
}

// [SECTION] The loop: frames

void Window::beginFrame()
{
    IM_ASSERT(!m_inFrame && "beginFrame called twice without endFrame");
    ImGui::SetCurrentContext(m_imguiContext);
    if (m_fontsNeedRebuild)
        buildFonts();
    if (m_themeNeedsApplying) {
        applyTheme(m_theme, m_scaling);
        m_themeNeedsApplying = false;
    }

    ImGui_ImplSDLRenderer_NewFrame();
    ImGui_ImplSDL2_NewFrame();

    // The backend reads the display scale from OpenGL; take it from the renderer instead.
    ImGuiIO& io = ImGui::GetIO();
    int outputWidth = 0;
    int outputHeight = 0;
    if (SDL_GetRendererOutputSize(m_renderer, &outputWidth, &outputHeight) == 0 && io.DisplaySize.x > 0.0f
        && io.DisplaySize.y > 0.0f) {
        io.DisplayFramebufferScale = ImVec2(outputWidth / io.DisplaySize.x, outputHeight / io.DisplaySize.y);
    }
    // The backend reads the mouse from SDL's own state, which injected events
    // and touches do not change; this window's tracking replaces it.
    applyPointerToImGui();
    // ImGui scrolls 5 lines a wheel notch: at large text that is most of a
    // screen. Half that keeps the eye on where it was reading.
    io.MouseWheel *= kWheelNotchShare;

    ImGui::NewFrame();
    m_inFrame = true;

    // This frame is the timed frame that was due: it is spent now, before
    // drawing, so a frame asked for while drawing (the next scan step) is
    // kept and not cleared with it.
    if (m_timedFrameTicks && nowTicks() >= *m_timedFrameTicks)
        m_timedFrameTicks.reset();
}

void Window::renderDrawData(ImDrawData* drawData)
{
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    SDL_RenderSetScale(m_renderer, 1.0f, 1.0f);
    SDL_SetRenderDrawColor(m_renderer, static_cast<Uint8>(std::lround(background.x * 255.0f)),
        static_cast<Uint8>(std::lround(background.y * 255.0f)), static_cast<Uint8>(std::lround(background.z * 255.0f)),
        255);
    SDL_RenderClear(m_renderer);
    const ImFontAtlas& fonts = *ImGui::GetIO().Fonts;
    m_drawDataRenderer.render(m_renderer, drawData, m_drawPath, fonts.TexID, fonts.TexUvWhitePixel);
}

void Window::endFrame()
{
    IM_ASSERT(m_inFrame && "endFrame called without beginFrame");
    ImGui::Render();
    renderDrawData(ImGui::GetDrawData());
    SDL_RenderPresent(m_renderer);
    m_inFrame = false;

    const std::uint64_t now = nowTicks();
    m_lastFrameTicks = now;
    ++m_framesDrawn;
    if (m_settleFramesLeft > 0)
        --m_settleFramesLeft;
    if (m_animationFramesLeft > 0)
        --m_animationFramesLeft;
}

bool Window::runLoopOnce(WaitPolicy policy, const std::function<void()>& drawUi)
{
    if (!processEvents(policy))
        return false;
    if (frameDue()) {
        beginFrame();
        drawUi();
        endFrame();
    }
    return !m_quitRequested;
}

void Window::requestAnimationFrames(int count)
{
    m_animationFramesLeft = std::max(m_animationFramesLeft, count);
}

void Window::requestRedrawFor(std::chrono::milliseconds duration)
{
    const std::uint64_t until = nowTicks() + static_cast<std::uint64_t>(std::max<std::int64_t>(duration.count(), 0));
    m_redrawUntilTicks = std::max(m_redrawUntilTicks, until);
}

void Window::requestFrameAfter(std::chrono::milliseconds delay)
{
    // A wake-up already due is spent by beginFrame, so the earlier of the
    // two is always one still owed.
    const std::uint64_t at = nowTicks() + static_cast<std::uint64_t>(std::max<std::int64_t>(delay.count(), 0));
    m_timedFrameTicks = m_timedFrameTicks ? std::min(*m_timedFrameTicks, at) : at;
}

void Window::requestQuit()
{
    m_quitRequested = true;
}

// [SECTION] Screenshots

bool Window::savePng(const std::string& path, std::string& error)
{
    std::vector<unsigned char> pixels;
    int pixelWidth = 0;
    int pixelHeight = 0;
    if (!readPixels(pixels, pixelWidth, pixelHeight, error))
        return false;
    errno = 0;
    if (stbi_write_png(path.c_str(), pixelWidth, pixelHeight, 4, pixels.data(), pixelWidth * 4) == 0) {
        error = "The picture could not be written to " + path
            + (errno != 0 ? std::string(" (") + std::strerror(errno) + ")." : std::string("."));
        return false;
    }
    error.clear();
    return true;
}

bool Window::readPixels(std::vector<unsigned char>& pixels, int& pixelWidth, int& pixelHeight, std::string& error)
{
    if (m_inFrame) {
        error = "A screenshot can only be taken after endFrame(), not during a frame.";
        return false;
    }
    ImGui::SetCurrentContext(m_imguiContext);
    ImDrawData* drawData = ImGui::GetDrawData();
    if (m_framesDrawn == 0 || drawData == nullptr) {
        error = "There is no finished frame to save yet.";
        return false;
    }

    if (SDL_GetRendererOutputSize(m_renderer, &pixelWidth, &pixelHeight) != 0 || pixelWidth <= 0 || pixelHeight <= 0) {
        error = std::string("The size of the picture could not be found: ") + SDL_GetError();
        return false;
    }

    // Draw the finished frame again into the back buffer and read it before
    // anything shows it: after a present, a back buffer's contents are undefined.
    renderDrawData(drawData);
    const int pitch = pixelWidth * 4;
    pixels.assign(static_cast<std::size_t>(pitch) * static_cast<std::size_t>(pixelHeight), 0);
    if (SDL_RenderReadPixels(m_renderer, nullptr, SDL_PIXELFORMAT_RGBA32, pixels.data(), pitch) != 0) {
        error = std::string("The pixels could not be read from the renderer: ") + SDL_GetError();
        return false;
    }
    // The screen is opaque; some window surfaces leave alpha at 0.
    for (std::size_t index = 3; index < pixels.size(); index += 4)
        pixels[index] = 255;
    error.clear();
    return true;
}

// [SECTION] Size and theme

void Window::setSize(int width, int height)
{
    SDL_SetWindowSize(m_window, std::max(width, 1), std::max(height, 1));
    m_settleFramesLeft = kSettleFrames;
}

int Window::width() const
{
    int width = 0;
    SDL_GetWindowSize(m_window, &width, nullptr);
    return width;
}

int Window::height() const
{
    int height = 0;
    SDL_GetWindowSize(m_window, nullptr, &height);
    return height;
}

void Window::setTheme(const Theme& theme)
{
    m_theme = theme;
    m_themeNeedsApplying = true;
}

std::uint32_t Window::windowId() const
{
    return SDL_GetWindowID(m_window);
}

// [SECTION] Injected input

bool Window::pushEvent(const SDL_Event& event)
{
    SDL_Event copy = event;
    return SDL_PushEvent(&copy) == 1;
}

// A finger event at window position (x, y), as SDL gives them: in 0..1 of
// the window; or a mouse button event (down or up) there.
SDL_Event Window::fingerEvent(std::uint32_t type, float x, float y, float pressure) const
{
    SDL_Event event{};
    event.type = type;
    event.tfinger.touchId = kInjectedTouchId;
    event.tfinger.fingerId = kInjectedFingerId;
    event.tfinger.x = x / static_cast<float>(std::max(width(), 1));
    event.tfinger.y = y / static_cast<float>(std::max(height(), 1));
    event.tfinger.pressure = pressure;
    event.tfinger.windowID = windowId();
    return event;
}

SDL_Event Window::mouseButtonEvent(std::uint32_t type, float x, float y) const
{
    SDL_Event event{};
    event.type = type;
    event.button.windowID = windowId();
    event.button.button = SDL_BUTTON_LEFT;
    event.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
    event.button.clicks = 1;
    event.button.x = static_cast<Sint32>(std::lround(x));
    event.button.y = static_cast<Sint32>(std::lround(y));
    return event;
}

void Window::injectPointerMove(float x, float y, PointerKind kind)
{
    if (kind == PointerKind::Finger) {
        pushEvent(fingerEvent(SDL_FINGERMOTION, x, y, 1.0f));
        return;
    }
    SDL_Event event{};
    event.type = SDL_MOUSEMOTION;
    event.motion.windowID = windowId();
    event.motion.x = static_cast<Sint32>(std::lround(x));
    event.motion.y = static_cast<Sint32>(std::lround(y));
    pushEvent(event);
}

void Window::injectPointerDown(float x, float y, PointerKind kind)
{
    pushEvent(kind == PointerKind::Finger ? fingerEvent(SDL_FINGERDOWN, x, y, 1.0f)
                                          : mouseButtonEvent(SDL_MOUSEBUTTONDOWN, x, y));
}

void Window::injectPointerUp(float x, float y, PointerKind kind)
{
    pushEvent(kind == PointerKind::Finger ? fingerEvent(SDL_FINGERUP, x, y, 0.0f)
                                          : mouseButtonEvent(SDL_MOUSEBUTTONUP, x, y));
}

void Window::injectTap(float x, float y, PointerKind kind)
{
    if (kind == PointerKind::Mouse)
        injectPointerMove(x, y, kind);
    injectPointerDown(x, y, kind);
    injectPointerUp(x, y, kind);
}

void Window::injectKey(SDL_Scancode scancode, int modifiers)
{
    SDL_Event event{};
    event.type = SDL_KEYDOWN;
    event.key.windowID = windowId();
    event.key.state = SDL_PRESSED;
    event.key.keysym.scancode = scancode;
    event.key.keysym.mod = static_cast<Uint16>(modifiers);
    event.key.keysym.sym = SDL_GetKeyFromScancode(scancode);
    pushEvent(event);
    event.type = SDL_KEYUP;
    event.key.state = SDL_RELEASED;
    pushEvent(event);
}

void Window::injectText(const std::string& text)
{
    // SDL carries at most 31 bytes of text an event; split between characters.
    constexpr std::size_t kMaximumBytes = sizeof(SDL_TextInputEvent::text) - 1;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(text.size(), start + kMaximumBytes);
        while (end < text.size() && end > start && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            --end;
        SDL_Event event{};
        event.type = SDL_TEXTINPUT;
        event.text.windowID = windowId();
        std::memcpy(event.text.text, text.data() + start, end - start);
        event.text.text[end - start] = '\0';
        pushEvent(event);
        start = end;
    }
}

} // namespace rightjob::ui
