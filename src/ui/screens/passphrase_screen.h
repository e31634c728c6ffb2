// A person's passphrase: typing it to open a protected person, and, for a
// supporter, giving a person one, changing it or taking it away.
#pragma once

#include "ui/ui_context.h"

#include <string>

namespace rightjob::ui {

class App;

// The "passphrase" screen.
class PassphraseScreen {
public:
    // Empties the form (the typed passphrases are wiped, not just dropped).
    void reset();
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);

private:
    void drawUnlock(App& app, UiContext& ui, float width);
    void drawManage(App& app, UiContext& ui, float width);

    std::string m_passphrase;
    std::string m_again;
    std::string m_problem;
    std::string m_done;
};

} // namespace rightjob::ui
