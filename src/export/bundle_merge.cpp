// Merging a bundle into someone already here: "merge, never replace"
// (core/profile/profile_merge.h). The bundle's profile is merged with the one on
// disk; its photos and recordings are added beside the person's own, and a
// file of the same name with other bytes is kept under a name of its own
// (the profile then points to it), so nothing from either side is lost.

#include "export/bundle.h"

#include "core/storage/person_store.h"
#include "core/storage/profile_lock.h"
#include "core/profile/profile_merge.h"

#include <map>

namespace rightjob::exporting {

namespace {

// "photos/me.jpg" and a hash give "photos/me-1a2b3c4d.jpg".
std::string keptName(const std::string& path, const std::string& bytes)
{
    const auto slash = path.rfind('/');
    const auto dot = path.rfind('.');
    const std::string tag = "-" + sha256Hex(bytes).substr(0, 8);
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
        return path + tag;
    return path.substr(0, dot) + tag + path.substr(dot);
}

void renamePhoto(core::Profile& profile, const std::string& from, const std::string& to)
{
    if (profile.person.photo == from)
        profile.person.photo = to;
    for (auto& card : profile.ownCards)
        if (card.photo == from)
            card.photo = to;
    for (auto& [key, record] : profile.cards)
        if (record.photo == from)
            record.photo = to;
}

} // namespace

BundleImport mergeBundle(const CheckedBundle& bundle, const std::string& dataFolder, core::FileSystem& files)
{
    core::PersonStore store(dataFolder, files);
    BundleImport result;
    result.personId = bundle.profile.id;
    result.personName = bundle.profile.person.name;
    result.folder = store.personFolder(bundle.profile.id);
    core::ProfileFile file = store.fileFor(bundle.profile.id);
    const core::ProfileLock lock(file.path());
    if (lock.state() == core::LockState::HeldElsewhere)
        throw BundleError("Someone has " + bundle.profile.person.name
                          + " open in Right Job. Close them there, then try again.");
    const core::LoadOutcome here = file.load();
    if (!here.profile)
        throw BundleError("The person here cannot be read, so nothing was merged. " + here.message);

    // Photos and recordings first: a file the profile does not name yet is
    // harmless if the merge stops half way.
    core::Profile incoming = bundle.profile;
    for (const BundleFile& bundled : bundle.files) {
        if (bundled.path.find('/') == std::string::npos)
            continue; // profile.json, pronunciations.json: merged or kept below
        std::string path = bundled.path;
        std::string bytes;
        const std::string target = result.folder + "/" + path;
        if (files.exists(target)) {
            if (files.readFile(target, bytes).ok && bytes == bundled.bytes)
                continue; // the same file on both sides
            path = keptName(path, bundled.bytes);
            renamePhoto(incoming, bundled.path, path);
            if (files.exists(result.folder + "/" + path))
                continue; // kept by an earlier merge of this bundle
        }
        const core::FileResult folder = files.makeFolders(core::parentFolder(result.folder + "/" + path));
        const core::FileResult written =
            folder.ok ? core::writeFileAtomically(files, result.folder + "/" + path, bundled.bytes) : folder;
        if (!written.ok)
            throw BundleError("The person could not be merged: " + written.problem);
        ++result.filesAdded;
    }
    // How words are said: this machine's list stays; the bundle's is used
    // when there is none here.
    for (const BundleFile& bundled : bundle.files)
        if (bundled.path == "pronunciations.json" && !files.exists(result.folder + "/pronunciations.json"))
            core::writeFileAtomically(files, result.folder + "/pronunciations.json", bundled.bytes);

    core::Profile merged;
    try {
        merged = core::mergeProfiles(*here.profile, incoming);
    } catch (const core::MergeError& error) {
        throw BundleError(error.what());
    }
    result.added = core::countAdded(*here.profile, merged);
    if (core::writeProfile(merged) != core::writeProfile(*here.profile)) {
        const core::FileResult saved = file.save(merged); // the version before is kept in backups/
        if (!saved.ok)
            throw BundleError("The person could not be merged: " + saved.problem);
    }
    result.outcome = ImportOutcome::Merged;
    return result;
}

} // namespace rightjob::exporting
