// Deleted people: everyone in the data folder's deleted/, with the day they
// were deleted and how long they are kept, and a "Bring back" button for
// each. Nothing on this screen deletes anyone.
#pragma once

#include "core/storage/person_store.h"
#include "ui/ui_context.h"

#include <vector>

namespace rightjob::ui {

class App;

// The "deleted" screen.
class DeletedScreen {
public:
    // Forgets the list, so it is read again when the screen is next drawn.
    void reset() { m_read = false; }
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);

private:
    bool m_read = false;
    std::vector<core::PersonStore::DeletedPerson> m_people;
};

// What the deleted screen says about one person: "Deleted on 5 November
// 2026. Kept for 12 more days."
std::string deletedPersonDetail(const core::PersonStore::DeletedPerson& person);

} // namespace rightjob::ui
