// A small program for tests/sync/two_devices.sh: one device's copy of the
// program working on a person in a data folder that Syncthing shares with
// another device. It works as the window does: the profile opened with its
// lock, every change saved at once, and what the other device saved taken
// in every few hundred milliseconds (OpenProfile::takeInOutsideChanges).
//
//   sync_editor --data-dir DIR --create NAME
//       adds a person and prints their id
//   sync_editor --data-dir DIR --person ID --device NAME --answers N --expect M --timeout SECONDS
//       starts a session at "Device NAME", gives N answers in it (a note with
//       every third), then keeps taking in the other device's work until the
//       profile holds M answers given in "Device ..." sessions; exit 0 then,
//       1 when the time runs out
//   sync_editor --data-dir DIR --person ID --count
//       prints the answers and notes on the disk in "Device ..." sessions
//       and the conflict copies beside the profile

#include "core/base/asset_paths.h"
#include "core/storage/open_profile.h"
#include "core/storage/person_store.h"
#include "core/storage/sync_conflicts.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <thread>

using namespace rightjob::core;

namespace {

std::map<std::string, std::string> readArguments(int argc, char** argv)
{
    std::map<std::string, std::string> values;
    for (int i = 1; i < argc; ++i) {
        std::string name = argv[i];
        if (name.rfind("--", 0) != 0)
            continue;
        name = name.substr(2);
        const bool hasValue = i + 1 < argc && std::string(argv[i + 1]).rfind("--", 0) != 0;
        values[name] = hasValue ? argv[++i] : "";
    }
    return values;
}

struct Counts {
    int answers = 0;
    int notes = 0;
};

// Answers and notes given in the devices' sessions.
Counts countDeviceWork(const Profile& profile)
{
    Counts counts;
    const auto deviceSession = [&](const std::string& id) {
        const Session* session = profile.findSession(id);
        return session && session->place.rfind("Device ", 0) == 0;
    };
    for (const auto& [key, record] : profile.cards) {
        for (const auto& answer : record.answers)
            counts.answers += deviceSession(answer.session) ? 1 : 0;
        for (const auto& note : record.notes)
            counts.notes += deviceSession(note.session) ? 1 : 0;
    }
    return counts;
}

void sleepMs(int ms)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

} // namespace

int main(int argc, char** argv)
{
    auto args = readArguments(argc, argv);
    if (!args.count("data-dir")) {
        std::fprintf(stderr, "sync_editor: --data-dir is needed\n");
        return 2;
    }
    PersonStore store(args["data-dir"]);
    if (args.count("create")) {
        Profile profile;
        profile.layoutId = "vocational_profile";
        profile.person.name = args["create"];
        std::printf("%s\n", store.addPerson(profile).c_str());
        return 0;
    }
    const std::string id = args["person"];
    if (args.count("count")) {
        const LoadOutcome loaded = store.fileFor(id).load();
        if (!loaded.profile) {
            std::printf("unreadable: %s\n", loaded.message.c_str());
            return 1;
        }
        const Counts counts = countDeviceWork(*loaded.profile);
        std::printf("answers %d notes %d conflict_copies %zu\n", counts.answers, counts.notes,
                    profileConflictCopies(store.personFolder(id), realFileSystem()).size());
        return 0;
    }

    const LayoutLibrary layouts = LayoutLibrary::loadFolder(assetPath("layouts"));
    OpenProfile open(store.fileFor(id), layouts, SaveMode::SaveEveryChange);
    if (open.access() != Access::Change) {
        std::fprintf(stderr, "sync_editor: %s\n", open.lookOnlyReason().c_str());
        return 1;
    }
    ProfileDocument& document = open.document();
    const std::string device = args["device"];
    document.startSession("Device " + device, {kPersonGiver});
    std::vector<std::pair<std::string, std::string>> cards;
    for (const auto& section : open.layout().sections)
        for (const auto& card : section.cards)
            cards.emplace_back(section.id, card.id);
    std::mt19937 random(static_cast<unsigned>(std::hash<std::string>{}(device)));
    int takenIn = 0;        // times the other device's work came in
    int conflictCopies = 0; // Syncthing conflict copies seen and merged
    const auto takeIn = [&] {
        conflictCopies += static_cast<int>(profileConflictCopies(store.personFolder(id), realFileSystem()).size());
        takenIn += open.takeInOutsideChanges().total() > 0 ? 1 : 0;
    };
    const int answers = std::atoi(args["answers"].c_str());
    for (int i = 0; i < answers; ++i) {
        takeIn();
        const auto& [section, card] = cards[random() % cards.size()];
        document.answer(section, card, static_cast<AnswerValue>(random() % 3));
        if (i % 3 == 0)
            document.addNote(section, card, "Device " + device + " note " + std::to_string(i));
        sleepMs(400 + static_cast<int>(random() % 600));
    }
    const int expected = std::atoi(args["expect"].c_str());
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(std::atoi(args["timeout"].c_str()));
    Counts counts;
    while (std::chrono::steady_clock::now() < deadline) {
        takeIn();
        counts = countDeviceWork(open.profile());
        if (counts.answers >= expected && open.saveState().allSaved)
            break;
        sleepMs(250);
    }
    counts = countDeviceWork(open.profile());
    std::printf("device %s: answers %d of %d, notes %d, saved %s; the other device's work came in %d times, "
                "%d conflict copies met\n",
                device.c_str(), counts.answers, expected, counts.notes, open.saveState().allSaved ? "yes" : "no",
                takenIn, conflictCopies);
    return counts.answers >= expected ? 0 : 1;
}
