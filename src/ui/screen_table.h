// The screens in one table. Each screen is a class in src/ui/screens/ with
// `void draw(App&, UiContext&)`; its entry in kScreens (screen_table.cpp)
// says everything else the app needs: its name for `rightjob screenshot`,
// whether it needs an open person, its title and spoken prompt, what
// showing it does, where Back goes, and which buttons the top bar has.
// Adding a screen is one new file in screens/ and one entry in the table
// (src/README.md shows the recipe).
#pragma once

#include <memory>
#include <string>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <vector>

namespace rightjob::ui {

class App;
struct UiContext;

// The screens, by the names `rightjob screenshot --screen` takes.
enum class ScreenName { People, Person, Section, Recover, Mat, Card, Session, AddPerson, DeletePerson, Settings, Jobs, Vacancy, Passphrase, Pronunciations, About, Picture, Photos, Summary, Deleted };

// One screen object, whatever its class: the app draws it through this.
class AnyScreen {
public:
    virtual ~AnyScreen() = default;
    virtual void draw(App& app, UiContext& ui) = 0;
    // Before the top bar is drawn: a screen whose title comes from what it
    // shows works that out here (a `void refresh(App&)` of its own).
    virtual void refresh(App& app) = 0;
    // The screen's own object (a MatScreen, ...), and its type, for App::screen<T>().
    virtual void* object() = 0;
    virtual const std::type_info& type() const = 0;
};

// Whether a screen class has `void refresh(App&)`.
template <class T, class = void>
struct HasRefresh : std::false_type {};
template <class T>
struct HasRefresh<T, std::void_t<decltype(std::declval<T&>().refresh(std::declval<App&>()))>> : std::true_type {};

template <class T>
class ScreenOf final : public AnyScreen {
public:
    void draw(App& app, UiContext& ui) override { m_screen.draw(app, ui); }
    void refresh(App& app) override
    {
        if constexpr (HasRefresh<T>::value)
            m_screen.refresh(app);
    }
    void* object() override { return &m_screen; }
    const std::type_info& type() const override { return typeid(T); }

private:
    T m_screen;
};

// What a screen asks of the app and the top bar.
enum ScreenFlags : unsigned {
    kNoFlags = 0,
    kNeedsPerson = 1 << 0,     // shown only while a person is open
    kSettingsButton = 1 << 1,  // the top bar has Settings
    kNoUndo = 1 << 2,          // the top bar has no Undo and Redo, even with a person open
    kNoBack = 1 << 3,          // the top bar has no Back (the first screen)
    kScrollsFromEmpty = 1 << 4, // a touch drag scrolls only from empty space (cards are dragged)
};

// One row of the table.
struct ScreenEntry {
    ScreenName name;
    const char* text; // "people", "add-person": the name `rightjob screenshot --screen` takes
    unsigned flags;   // ScreenFlags
    std::unique_ptr<AnyScreen> (*make)();
    // The title in the top bar.
    std::string (*title)(const App& app);
    // What the screen says when it opens ("What do you like?"), or empty.
    std::string (*prompt)(const App& app);
    // What showing the screen does (App::showScreen calls it once the
    // person check passed): reset its view, then App::setScreen, or not.
    void (*show)(App& app);
    // Where Back goes.
    void (*back)(App& app);
};

// Every screen, in the order of ScreenName.
const std::vector<ScreenEntry>& screenTable();
// The row of a screen.
const ScreenEntry& screenEntry(ScreenName screen);

template <class T>
std::unique_ptr<AnyScreen> makeScreen()
{
    return std::make_unique<ScreenOf<T>>();
}

} // namespace rightjob::ui
