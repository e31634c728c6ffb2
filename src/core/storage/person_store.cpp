#include "core/storage/person_store.h"

#include "core/base/edit_error.h"

#include <algorithm>
#include <cstdlib>

namespace rightjob::core {

std::string defaultDataFolder()
{
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg == '/')
        return std::string(xdg) + "/rightjob";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/share/rightjob";
}

PersonStore::PersonStore(std::string dataFolder, FileSystem& files, Clock& clock)
    : m_dataFolder(std::move(dataFolder)), m_files(files), m_clock(clock)
{
    while (m_dataFolder.size() > 1 && m_dataFolder.back() == '/')
        m_dataFolder.pop_back();
}

std::vector<PersonEntry> PersonStore::list() const
{
    std::vector<PersonEntry> people;
    for (const auto& id : m_files.listFolder(peopleFolder())) {
        if (!isValidId(id) || !m_files.exists(profilePath(id)))
            continue;
        PersonEntry entry;
        entry.id = id;
        entry.profilePath = profilePath(id);
        const LoadOutcome outcome = fileFor(id).load();
        if (outcome.profile) {
            entry.name = outcome.profile->person.name;
            entry.shownName = outcome.profile->person.shownName();
            entry.isDemo = outcome.profile->isDemo;
            if (!outcome.profile->person.photo.empty())
                entry.photoPath = personFolder(id) + "/" + outcome.profile->person.photo;
        } else {
            entry.shownName = id;
            entry.problem = outcome.message;
        }
        people.push_back(std::move(entry));
    }
    std::sort(people.begin(), people.end(), [](const PersonEntry& a, const PersonEntry& b) {
        return a.shownName != b.shownName ? a.shownName < b.shownName : a.id < b.id;
    });
    return people;
}

std::string PersonStore::newPersonId(const std::string& name) const
{
    const std::string base = idFromWords(name, "person");
    std::string id = base;
    for (int number = 2; m_files.exists(personFolder(id)); ++number)
        id = base + "-" + std::to_string(number);
    return id;
}

std::string PersonStore::addPerson(Profile profile)
{
    if (profile.person.name.find_first_not_of(" \t\r\n") == std::string::npos)
        throw EditError("Please write a name.");
    profile.id = newPersonId(profile.person.name);
    const FileResult folders = m_files.makeFolders(personFolder(profile.id) + "/photos");
    if (!folders.ok)
        throw EditError(folders.problem);
    const FileResult saved = fileFor(profile.id).save(profile);
    if (!saved.ok)
        throw EditError(saved.problem);
    return profile.id;
}

std::string PersonStore::removePerson(const std::string& id)
{
    if (!isValidId(id) || !m_files.exists(personFolder(id)))
        throw EditError("That person is not here.");
    const std::string deletedFolder = m_dataFolder + "/deleted";
    const FileResult folder = m_files.makeFolders(deletedFolder);
    if (!folder.ok)
        throw EditError(folder.problem);
    std::string stamp = formatUtc(m_clock.nowSeconds());
    std::replace(stamp.begin(), stamp.end(), ':', '-');
    std::string target = deletedFolder + "/" + id + "-" + stamp;
    for (int extra = 2; m_files.exists(target); ++extra)
        target = deletedFolder + "/" + id + "-" + stamp + "-" + std::to_string(extra);
    const FileResult moved = m_files.rename(personFolder(id), target);
    if (!moved.ok)
        throw EditError(moved.problem);
    m_files.syncFolder(peopleFolder());
    m_files.syncFolder(deletedFolder);
    return target;
}

std::string PersonStore::installDemo(const std::string& demoProfilePath)
{
    Profile demo = readProfile(JsonFile::load(demoProfilePath));
    if (m_files.exists(profilePath(demo.id)))
        return demo.id;
    const FileResult folders = m_files.makeFolders(personFolder(demo.id) + "/photos");
    if (!folders.ok)
        throw DataError(personFolder(demo.id), {}, folders.problem);
    const FileResult saved = fileFor(demo.id).save(demo);
    if (!saved.ok)
        throw DataError(profilePath(demo.id), {}, saved.problem);
    return demo.id;
}

} // namespace rightjob::core
