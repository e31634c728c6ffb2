#include "core/storage/person_store.h"

#include "core/base/edit_error.h"

#include "core/profile/person_folder.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <sys/stat.h>

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

bool PersonStore::hasAnyone() const
{
    for (const auto& id : m_files.listFolder(peopleFolder()))
        if (isValidId(id) && m_files.exists(profilePath(id)))
            return true;
    return false;
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
    // Made whole in a hidden folder, then renamed into place: a program
    // killed part way leaves no half-made demo, and the next start adds it.
    try {
        const std::string building = startNewFolder(demo.id, "install");
        FileResult made = m_files.makeFolders(photosFolderIn(building));
        if (made.ok)
            made = ProfileFile(profilePathIn(building), m_files, m_clock).save(demo);
        if (!made.ok) {
            std::error_code ignored;
            std::filesystem::remove_all(building, ignored);
            throw DataError(personFolder(demo.id), {}, made.problem);
        }
        // A folder with no profile (left by an older version) is replaced.
        putNewFolderInPlace(building, demo.id);
    } catch (const EditError& error) {
        throw DataError(personFolder(demo.id), {}, error.what());
    }
    return demo.id;
}

// [SECTION] Putting a person in place, all or nothing

namespace {

constexpr const char* kNewFolderPrefix = ".new-";

// The id in ".new-<kind>-<id>-<random>"; empty when the name is not one.
std::string idOfNewFolder(const std::string& name)
{
    if (name.compare(0, std::strlen(kNewFolderPrefix), kNewFolderPrefix) != 0)
        return "";
    const auto kindEnd = name.find('-', std::strlen(kNewFolderPrefix));
    const auto randomStart = name.rfind('-');
    if (kindEnd == std::string::npos || randomStart == std::string::npos || randomStart <= kindEnd + 1)
        return "";
    const std::string id = name.substr(kindEnd + 1, randomStart - kindEnd - 1);
    return isValidId(id) ? id : "";
}

bool isFolder(const std::string& path)
{
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

} // namespace

std::string PersonStore::startNewFolder(const std::string& id, const std::string& kind)
{
    FileResult made = m_files.makeFolders(peopleFolder());
    if (!made.ok)
        throw EditError(made.problem);
    const std::string folder = peopleFolder() + "/" + kNewFolderPrefix + kind + "-" + id + "-" + randomHex(8);
    made = m_files.makeFolders(folder);
    if (made.ok)
        made = m_files.writeNewFile(folder + "/" + kUnfinishedMarker, "");
    if (!made.ok) {
        std::error_code ignored;
        std::filesystem::remove_all(folder, ignored);
        throw EditError(made.problem);
    }
    return folder;
}

std::string PersonStore::putNewFolderInPlace(const std::string& newFolder, const std::string& id)
{
    const std::string target = personFolder(id);
    m_files.syncFolder(newFolder);
    m_files.syncFolder(peopleFolder());
    std::string replaced;
    if (isFolder(target)) {
        // One step: from now on newFolder's name holds the person replaced.
        FileResult swapped = m_files.exchange(newFolder, target);
        if (!swapped.ok) {
            // No swap on this file system: two renames. Cut short between
            // them, recoverLeftovers puts the person back.
            swapped = m_files.rename(target, newFolder + "-old");
            if (!swapped.ok)
                throw EditError(swapped.problem);
            swapped = m_files.rename(newFolder, target);
            if (!swapped.ok) {
                m_files.rename(newFolder + "-old", target);
                throw EditError(swapped.problem);
            }
            m_files.rename(newFolder + "-old", newFolder);
        }
        m_files.syncFolder(peopleFolder());
        m_files.removeFile(target + "/" + kUnfinishedMarker);
        m_files.syncFolder(target);
        // The person replaced goes into deleted/, never erased.
        const std::string deletedFolder = m_dataFolder + "/deleted";
        const FileResult folder = m_files.makeFolders(deletedFolder);
        if (folder.ok) {
            std::string stamp = formatUtc(m_clock.nowSeconds());
            std::replace(stamp.begin(), stamp.end(), ':', '-');
            replaced = deletedFolder + "/" + id + "-" + stamp;
            for (int extra = 2; m_files.exists(replaced); ++extra)
                replaced = deletedFolder + "/" + id + "-" + stamp + "-" + std::to_string(extra);
            if (m_files.rename(newFolder, replaced).ok) {
                m_files.syncFolder(peopleFolder());
                m_files.syncFolder(deletedFolder);
            } else {
                replaced = newFolder; // recoverLeftovers tries again
            }
        } else {
            replaced = newFolder;
        }
    } else {
        const FileResult moved = m_files.renameNew(newFolder, target);
        if (!moved.ok)
            throw EditError(moved.problem);
        m_files.syncFolder(peopleFolder());
        m_files.removeFile(target + "/" + kUnfinishedMarker);
        m_files.syncFolder(target);
    }
    return replaced;
}

std::vector<std::string> PersonStore::recoverLeftovers()
{
    std::vector<std::string> done;
    for (const auto& name : m_files.listFolder(peopleFolder())) {
        const std::string path = peopleFolder() + "/" + name;
        if (!isFolder(path))
            continue;
        const std::string id = idOfNewFolder(name);
        if (!id.empty()) {
            std::string trimmed = name;
            if (m_files.exists(path + "/" + kUnfinishedMarker) || !m_files.exists(profilePathIn(path))) {
                // Never put in place (or cut short before its marker was
                // written): whatever it holds is also elsewhere.
                std::error_code ignored;
                std::filesystem::remove_all(path, ignored);
                done.push_back("An unfinished copy of " + id + " was removed.");
            } else if (!m_files.exists(personFolder(id))) {
                // A swap by two renames, cut short: the person goes back.
                if (m_files.rename(path, personFolder(id)).ok)
                    done.push_back(id + " was put back after a cut-short import.");
            } else {
                // The person replaced, not yet in deleted/.
                const FileResult folder = m_files.makeFolders(m_dataFolder + "/deleted");
                std::string stamp = formatUtc(m_clock.nowSeconds());
                std::replace(stamp.begin(), stamp.end(), ':', '-');
                std::string target = m_dataFolder + "/deleted/" + id + "-" + stamp;
                for (int extra = 2; m_files.exists(target); ++extra)
                    target = m_dataFolder + "/deleted/" + id + "-" + stamp + "-" + std::to_string(extra);
                if (folder.ok && m_files.rename(path, target).ok)
                    done.push_back("The earlier copy of " + id + " was moved into " + target + ".");
            }
            continue;
        }
        if (isValidId(name) && m_files.exists(path + "/" + kUnfinishedMarker)) {
            // Put in place, but cut short before the marker went.
            m_files.removeFile(path + "/" + kUnfinishedMarker);
            done.push_back(name + " was finished after a cut-short import.");
        }
    }
    if (!done.empty())
        m_files.syncFolder(peopleFolder());
    return done;
}

// [SECTION] Deleted people

namespace {

// The seconds since 1970 of "YYYY-MM-DDTHH-MM-SSZ" at the end of a deleted
// folder's name (maybe followed by "-N"); -1 when there is none.
std::int64_t deletedAt(const std::string& name)
{
    const auto z = name.rfind('Z');
    if (z == std::string::npos || z < 19)
        return -1;
    const std::string stamp = name.substr(z - 19, 19);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (std::sscanf(stamp.c_str(), "%4d-%2d-%2dT%2d-%2d-%2d", &year, &month, &day, &hour, &minute, &second) != 6)
        return -1;
    std::tm time{};
    time.tm_year = year - 1900;
    time.tm_mon = month - 1;
    time.tm_mday = day;
    time.tm_hour = hour;
    time.tm_min = minute;
    time.tm_sec = second;
    return static_cast<std::int64_t>(::timegm(&time));
}

} // namespace

bool PersonStore::holdsDeletedPerson(const std::string& name) const
{
    const std::string folder = m_dataFolder + "/deleted/" + name;
    return !name.empty() && name.front() != '.' && isFolder(folder) && m_files.exists(profilePathIn(folder));
}

std::size_t PersonStore::deletedCount() const
{
    // As deletedPeople counts them, without reading anyone's profile.
    const std::vector<std::string> names = m_files.listFolder(m_dataFolder + "/deleted");
    return static_cast<std::size_t>(
        std::count_if(names.begin(), names.end(), [this](const std::string& name) { return holdsDeletedPerson(name); }));
}

std::vector<PersonStore::DeletedPerson> PersonStore::deletedPeople() const
{
    std::vector<std::pair<std::int64_t, DeletedPerson>> found;
    const std::string deletedFolder = m_dataFolder + "/deleted";
    for (const auto& name : m_files.listFolder(deletedFolder)) {
        if (!holdsDeletedPerson(name))
            continue;
        const std::string folder = deletedFolder + "/" + name;
        DeletedPerson person;
        person.folder = folder;
        const LoadOutcome outcome = ProfileFile(profilePathIn(folder), m_files, m_clock).load();
        person.name = outcome.profile ? outcome.profile->person.shownName()
                                      : outcome.problem == LoadProblem::NeedsPassphrase ? name + " (has a passphrase)" : name;
        std::int64_t at = deletedAt(name);
        if (at < 0)
            at = m_clock.nowSeconds();
        person.deletedOn = formatUtc(at).substr(0, 10);
        const std::int64_t left = at + std::int64_t{kDeletedKeptDays} * 86400 - m_clock.nowSeconds();
        person.daysLeft = left <= 0 ? 0 : static_cast<int>((left + 86399) / 86400);
        found.push_back({at, std::move(person)});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<DeletedPerson> people;
    for (auto& entry : found)
        people.push_back(std::move(entry.second));
    return people;
}

std::string PersonStore::restoreDeleted(const std::string& deletedFolder)
{
    const std::string deletedRoot = m_dataFolder + "/deleted/";
    if (deletedFolder.compare(0, deletedRoot.size(), deletedRoot) != 0
        || deletedFolder.find('/', deletedRoot.size()) != std::string::npos || !isFolder(deletedFolder))
        throw EditError("That person is not in the deleted folder.");
    std::string id;
    const LoadOutcome outcome = ProfileFile(profilePathIn(deletedFolder), m_files, m_clock).load();
    if (outcome.profile && isValidId(outcome.profile->id))
        id = outcome.profile->id;
    else
        id = idFromWords(deletedFolder.substr(deletedRoot.size()), "person");
    std::string target = id;
    for (int number = 2; m_files.exists(personFolder(target)); ++number)
        target = id + "-" + std::to_string(number);
    FileResult made = m_files.makeFolders(peopleFolder());
    if (made.ok)
        made = m_files.renameNew(deletedFolder, personFolder(target));
    if (!made.ok)
        throw EditError(made.problem);
    m_files.syncFolder(peopleFolder());
    m_files.syncFolder(m_dataFolder + "/deleted");
    return target;
}

void PersonStore::removeExpiredDeleted()
{
    const std::string deletedFolder = m_dataFolder + "/deleted";
    for (const auto& name : m_files.listFolder(deletedFolder)) {
        const std::int64_t at = deletedAt(name);
        if (at < 0 || name.front() == '.')
            continue;
        if (m_clock.nowSeconds() - at > std::int64_t{kDeletedKeptDays} * 86400) {
            std::error_code ignored;
            std::filesystem::remove_all(deletedFolder + "/" + name, ignored);
        }
    }
}

} // namespace rightjob::core
