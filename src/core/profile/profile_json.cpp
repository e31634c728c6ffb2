// [SECTION] Reading
// [SECTION] Migration of older versions
// [SECTION] Writing
// [SECTION] Checks against the layout

#include "core/profile/profile_json.h"
#include "core/profile/person_folder.h"

#include <algorithm>
#include <set>

namespace rightjob::core {

namespace {

using OrderedJson = nlohmann::ordered_json;

// [SECTION] Reading

// Times are ISO 8601 UTC as the program writes them: 2026-10-05T10:00:00Z.
bool looksLikeTime(const std::string& text)
{
    if (text.size() != 20)
        return false;
    const char* pattern = "dddd-dd-ddTdd:dd:ddZ";
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (pattern[i] == 'd' ? !std::isdigit(static_cast<unsigned char>(text[i])) : text[i] != pattern[i])
            return false;
    }
    return true;
}

std::string requireTime(JsonObjectReader& reader, const std::string& key)
{
    const std::string text = reader.requireString(key);
    if (!looksLikeTime(text))
        reader.failAt(key, "\"" + key + "\" is \"" + text + "\"; a time is written like 2026-10-05T10:00:00Z.");
    return text;
}

// A time that may be left out or empty (when something last changed).
std::string optionalTime(JsonObjectReader& reader, const std::string& key)
{
    const std::string text = reader.optionalString(key);
    if (!text.empty() && !looksLikeTime(text))
        reader.failAt(key, "\"" + key + "\" is \"" + text + "\"; a time is written like 2026-10-05T10:00:00Z.");
    return text;
}

class ProfileReader {
public:
    explicit ProfileReader(const JsonFile& file) : m_file(file) {}

    Profile read()
    {
        JsonObjectReader reader(m_file, JsonPointer(), "The profile");
        readHeader(reader);
        m_profile.id = reader.requireId("id");
        m_profile.layoutId = reader.requireId("layout");
        m_profile.isDemo = reader.optionalBool("demo", false);
        readPerson(reader.requireObject("person"));
        readContributors(reader.requireArray("contributors"));
        readSessions(reader.requireArray("sessions"));
        readOwnCards(reader.requireArray("own_cards"));
        readCards(reader.requireObject("cards"));
        if (reader.has("mats"))
            readMats(reader.requireObject("mats"));
        if (reader.has("one_page"))
            readOnePage(reader.requireObject("one_page"));
        if (reader.has("changed_at"))
            readChangedAt(reader.requireObject("changed_at"));
        if (reader.has("history"))
            readHistory(reader.requireArray("history"));
        reader.finish();
        return std::move(m_profile);
    }

private:
    void readHeader(JsonObjectReader& reader)
    {
        if (reader.requireString("format") != "rightjob-profile")
            reader.failAt("format", "this is not a Right Job profile (\"format\" should be \"rightjob-profile\").");
        const auto version = reader.requireInteger("format_version");
        if (version > kProfileFormatVersion)
            throw NewerFormatError(m_file.fileName(), m_file.placeOf(reader.pointerTo("format_version")),
                                   "this profile was made by a newer Right Job (format version "
                                       + std::to_string(version) + "). Please update Right Job to open it.");
        // Older versions were migrated before reading (readProfile).
        if (version != kProfileFormatVersion)
            reader.failAt("format_version", "format version " + std::to_string(version) + " is not known.");
    }

    // A photo is a path inside the person's folder, in photos/: anything
    // else ("/dev/zero", "../../x") is refused here, before it is ever read.
    std::string readPhotoPath(JsonObjectReader& reader)
    {
        std::string photo = reader.optionalString("photo");
        if (!photo.empty()) {
            const std::string problem = relativePathProblem(photo, PersonFileKind::Photo);
            if (!problem.empty())
                reader.failAt("photo", "the photo cannot be used: " + problem);
        }
        return photo;
    }

    void readPerson(const JsonPointer& pointer)
    {
        JsonObjectReader reader(m_file, pointer, "The person");
        m_profile.person.name = reader.requireString("name");
        m_profile.person.preferredName = reader.optionalString("preferred_name");
        m_profile.person.photo = readPhotoPath(reader);
        m_profile.person.photoSharing = readSharing(reader, "photo_sharing");
        reader.finish();
    }

    void readContributors(const JsonPointer& pointer)
    {
        const Json& list = m_file.root().at(pointer);
        for (std::size_t i = 0; i < list.size(); ++i) {
            JsonObjectReader reader(m_file, pointer / i, "The contributor");
            Contributor contributor;
            contributor.id = reader.requireId("id");
            if (contributor.id == kPersonGiver)
                reader.failAt("id", "a contributor cannot have the id \"person\"; it means the person themselves.");
            if (!m_giverIds.insert(contributor.id).second)
                reader.failAt("id", "the contributor id \"" + contributor.id + "\" is used twice.");
            contributor.kind = reader.requireChoice("kind", {"supporter", "observer"}) == "observer"
                                   ? ContributorKind::Observer
                                   : ContributorKind::Supporter;
            contributor.name = reader.requireString("name");
            contributor.role = reader.optionalString("role");
            reader.finish();
            m_profile.contributors.push_back(std::move(contributor));
        }
    }

    void readSessions(const JsonPointer& pointer)
    {
        const Json& list = m_file.root().at(pointer);
        for (std::size_t i = 0; i < list.size(); ++i) {
            JsonObjectReader reader(m_file, pointer / i, "The session");
            Session session;
            session.id = reader.requireId("id");
            if (!m_sessionIds.insert(session.id).second)
                reader.failAt("id", "the session id \"" + session.id + "\" is used twice.");
            session.startedAt = requireTime(reader, "started_at");
            session.place = reader.requireString("place", JsonObjectReader::Emptiness::MayBeEmpty);
            session.endedAt = reader.optionalString("ended_at");
            if (!session.endedAt.empty() && !looksLikeTime(session.endedAt))
                reader.failAt("ended_at", "\"ended_at\" is \"" + session.endedAt
                                              + "\"; a time is written like 2026-10-05T10:00:00Z.");
            session.endedWhenIdle = reader.optionalBool("ended_when_idle", false);
            const JsonPointer presentPointer = reader.requireArray("present");
            const Json& present = m_file.root().at(presentPointer);
            for (std::size_t p = 0; p < present.size(); ++p) {
                if (!present[p].is_string())
                    m_file.fail(presentPointer / p, "who was there should be text in quotes.");
                const std::string who = present[p].get<std::string>();
                checkGiver(presentPointer / p, who);
                session.present.push_back(who);
            }
            reader.finish();
            m_profile.sessions.push_back(std::move(session));
        }
    }

    void checkGiver(const JsonPointer& pointer, const std::string& giver) const
    {
        if (giver != kPersonGiver && m_giverIds.count(giver) == 0)
            m_file.fail(pointer, "\"" + giver + "\" is not \"person\" or one of the contributors.");
    }

    void checkSession(const JsonPointer& pointer, const std::string& session) const
    {
        if (!session.empty() && m_sessionIds.count(session) == 0)
            m_file.fail(pointer, "the session \"" + session + "\" is not in \"sessions\".");
    }

    void readOwnCards(const JsonPointer& pointer)
    {
        const Json& list = m_file.root().at(pointer);
        std::set<std::string> keys;
        for (std::size_t i = 0; i < list.size(); ++i) {
            JsonObjectReader reader(m_file, pointer / i, "The own card");
            OwnCard card;
            card.section = reader.requireId("section");
            card.id = reader.requireId("id");
            if (!keys.insert(cardKey(card.section, card.id)).second)
                reader.failAt("id", "the own card \"" + card.id + "\" is used twice in its section.");
            card.label = reader.requireString("label");
            card.spoken = reader.optionalString("spoken");
            card.symbol = reader.optionalString("symbol");
            card.photo = readPhotoPath(reader);
            card.addedBy = reader.requireString("added_by");
            checkGiver(reader.pointerTo("added_by"), card.addedBy);
            card.addedAt = requireTime(reader, "added_at");
            card.session = reader.optionalString("session");
            checkSession(reader.pointerTo("session"), card.session);
            card.means = reader.optionalString("means");
            if (!card.means.empty()) {
                const auto slash = card.means.find('/');
                if (slash == std::string::npos || !isValidId(card.means.substr(0, slash))
                    || !isValidId(card.means.substr(slash + 1)))
                    reader.failAt("means", "\"means\" should name a card as \"section/card\", or be empty.");
            }
            reader.finish();
            m_profile.ownCards.push_back(std::move(card));
        }
    }

    void readCards(const JsonPointer& pointer)
    {
        for (const auto& item : m_file.root().at(pointer).items()) {
            const std::string& key = item.key();
            const JsonPointer cardPointer = pointer / key;
            const auto slash = key.find('/');
            if (slash == std::string::npos || !isValidId(key.substr(0, slash)) || !isValidId(key.substr(slash + 1)))
                m_file.fail(cardPointer, "the card key \"" + key + "\" should be written \"section/card\".");
            JsonObjectReader reader(m_file, cardPointer, "The card");
            CardRecord record;
            record.sharing = readSharing(reader, "sharing");
            const JsonPointer answersPointer = reader.optionalArray("answers");
            if (!answersPointer.empty()) {
                const Json& answers = m_file.root().at(answersPointer);
                for (std::size_t i = 0; i < answers.size(); ++i)
                    record.answers.push_back(readAnswer(answersPointer / i));
            }
            const JsonPointer notesPointer = reader.optionalArray("notes");
            if (!notesPointer.empty()) {
                const Json& notes = m_file.root().at(notesPointer);
                for (std::size_t i = 0; i < notes.size(); ++i)
                    record.notes.push_back(readNote(notesPointer / i));
            }
            record.symbol = reader.optionalString("symbol");
            record.photo = readPhotoPath(reader);
            reader.finish();
            m_profile.cards.emplace(key, std::move(record));
        }
    }

    void readMats(const JsonPointer& pointer)
    {
        for (const auto& item : m_file.root().at(pointer).items()) {
            const JsonPointer matPointer = pointer / item.key();
            if (!isValidId(item.key()))
                m_file.fail(matPointer, "the mat key \"" + item.key() + "\" should be a section id.");
            JsonObjectReader reader(m_file, matPointer, "The mat");
            MatState mat;
            const JsonPointer placedPointer = reader.requireObject("placed");
            for (const auto& placed : m_file.root().at(placedPointer).items()) {
                JsonObjectReader placeReader(m_file, placedPointer / placed.key(), "The place on the mat");
                MatPlacement placement;
                placement.x = placeReader.requireNumber("x");
                placement.y = placeReader.requireNumber("y");
                if (!(placement.x >= 0 && placement.x <= 1 && placement.y >= 0 && placement.y <= 1))
                    placeReader.fail("a place on the mat has x and y from 0 to 1.");
                placeReader.finish();
                mat.placed.emplace(placed.key(), placement);
            }
            const JsonPointer skippedPointer = reader.requireArray("skipped");
            const Json& skipped = m_file.root().at(skippedPointer);
            for (std::size_t i = 0; i < skipped.size(); ++i) {
                if (!skipped[i].is_string() || !isValidId(skipped[i].get<std::string>()))
                    m_file.fail(skippedPointer / i, "a skipped card should be a card id in quotes.");
                mat.skipped.push_back(skipped[i].get<std::string>());
            }
            reader.finish();
            m_profile.mats.emplace(item.key(), std::move(mat));
        }
    }

    void readChangedAt(const JsonPointer& pointer)
    {
        JsonObjectReader reader(m_file, pointer, "The list of when things changed");
        for (const auto& item : m_file.root().at(pointer).items())
            m_profile.changedAt[item.key()] = requireTime(reader, item.key());
        reader.finish();
    }

    void readHistory(const JsonPointer& pointer)
    {
        const Json& list = m_file.root().at(pointer);
        for (std::size_t i = 0; i < list.size(); ++i) {
            JsonObjectReader reader(m_file, pointer / i, "The history entry");
            HistoryEntry entry;
            entry.what = reader.requireString("what");
            entry.value = reader.requireString("value", JsonObjectReader::Emptiness::MayBeEmpty);
            entry.at = optionalTime(reader, "at");
            reader.finish();
            m_profile.history.push_back(std::move(entry));
        }
        // Kept sorted with no entry twice, so two copies compare equal.
        std::sort(m_profile.history.begin(), m_profile.history.end());
        m_profile.history.erase(std::unique(m_profile.history.begin(), m_profile.history.end()),
                                m_profile.history.end());
    }

    Answer readAnswer(const JsonPointer& pointer)
    {
        JsonObjectReader reader(m_file, pointer, "The answer");
        Answer answer;
        answer.value = *answerValueFromName(reader.requireChoice("value", {"positive", "middle", "negative"}));
        answer.by = reader.requireString("by");
        checkGiver(reader.pointerTo("by"), answer.by);
        answer.at = requireTime(reader, "at");
        answer.session = reader.optionalString("session");
        checkSession(reader.pointerTo("session"), answer.session);
        reader.finish();
        return answer;
    }

    Note readNote(const JsonPointer& pointer)
    {
        JsonObjectReader reader(m_file, pointer, "The note");
        Note note;
        note.text = reader.requireString("text");
        note.by = reader.requireString("by");
        checkGiver(reader.pointerTo("by"), note.by);
        note.at = requireTime(reader, "at");
        note.session = reader.optionalString("session");
        checkSession(reader.pointerTo("session"), note.session);
        note.sharing = readSharing(reader, "sharing");
        reader.finish();
        return note;
    }

    // "everyone", "team" or "nobody"; everyone when it is not there.
    static Sharing readSharing(JsonObjectReader& reader, const std::string& key)
    {
        if (!reader.has(key))
            return Sharing::Everyone;
        return *sharingFromName(reader.requireChoice(key, {"everyone", "team", "nobody"}));
    }

    void readOnePage(const JsonPointer& pointer)
    {
        JsonObjectReader reader(m_file, pointer, "The one-page profile");
        m_profile.onePage.chosen = true;
        const JsonPointer itemsPointer = reader.requireArray("items");
        const Json& items = m_file.root().at(itemsPointer);
        for (std::size_t i = 0; i < items.size(); ++i) {
            const std::string key = items[i].is_string() ? items[i].get<std::string>() : std::string();
            const auto slash = key.find('/');
            if (slash == std::string::npos || !isValidId(key.substr(0, slash)) || !isValidId(key.substr(slash + 1)))
                m_file.fail(itemsPointer / i, "an item of the one-page profile should be a card written \"section/card\".");
            m_profile.onePage.items.push_back(key);
        }
        reader.finish();
    }

    const JsonFile& m_file;
    Profile m_profile;
    std::set<std::string> m_giverIds;
    std::set<std::string> m_sessionIds;
};

} // namespace

// [SECTION] Migration of older versions

Json migrateProfileVersion1(const Json& old)
{
    Json next = old;
    next["format_version"] = 2;
    Json person = Json::object();
    for (const char* key : {"name", "preferred_name", "photo"}) {
        if (next.contains(key)) {
            person[key] = next[key];
            next.erase(key);
        }
    }
    next["person"] = person;
    Json contributors = Json::array();
    if (next.contains("supporters") && next["supporters"].is_array()) {
        for (Json supporter : next["supporters"]) {
            if (supporter.is_object())
                supporter["kind"] = "supporter";
            contributors.push_back(supporter);
        }
    }
    next.erase("supporters");
    next["contributors"] = contributors;
    if (next.contains("cards") && next["cards"].is_object()) {
        for (auto& item : next["cards"].items()) {
            Json& record = item.value();
            if (!record.is_object() || !record.contains("answers") || !record["answers"].is_array())
                continue;
            for (Json& answer : record["answers"]) {
                if (!answer.is_object() || !answer.contains("value") || !answer["value"].is_number_integer())
                    continue; // left as it is; reading reports it at its place
                const auto value = answer["value"].get<std::int64_t>();
                answer["value"] = value > 0 ? "positive" : (value < 0 ? "negative" : "middle");
            }
        }
    }
    if (!next.contains("own_cards"))
        next["own_cards"] = Json::array();
    return next;
}

Json migrateProfileToVersion4(const Json& old)
{
    Json next = old;
    next["format_version"] = 4;
    if (next.contains("cards") && next["cards"].is_object()) {
        for (auto& item : next["cards"].items()) {
            Json& record = item.value();
            if (!record.is_object() || !record.contains("not_for_sharing") || !record["not_for_sharing"].is_boolean())
                continue; // left as it is; reading reports it at its place
            record["sharing"] = record["not_for_sharing"].get<bool>() ? "nobody" : "everyone";
            record.erase("not_for_sharing");
        }
    }
    // What a merge kept of an older sharing choice ("cards/likes/x/not_for_sharing",
    // "true") is named and said the new way.
    static const std::string oldName = "/not_for_sharing";
    if (next.contains("history") && next["history"].is_array()) {
        for (Json& entry : next["history"]) {
            if (!entry.is_object() || !entry.contains("what") || !entry["what"].is_string() || !entry.contains("value")
                || !entry["value"].is_string())
                continue;
            const std::string what = entry["what"].get<std::string>();
            if (what.size() <= oldName.size() || what.compare(what.size() - oldName.size(), oldName.size(), oldName) != 0)
                continue;
            entry["what"] = what.substr(0, what.size() - oldName.size()) + "/sharing";
            entry["value"] = entry["value"].get<std::string>() == "true" ? "nobody" : "everyone";
        }
    }
    return next;
}

Profile readProfile(const JsonFile& file)
{
    const Json& root = file.root();
    if (root.is_object() && root.contains("format_version") && root["format_version"].is_number_integer()
        && root.value("format", "") == "rightjob-profile") {
        const auto version = root["format_version"].get<std::int64_t>();
        if (version >= 1 && version <= 3) {
            // Read the migrated text; places in messages then refer to the new shape.
            const Json migrated = migrateProfileToVersion4(version == 1 ? migrateProfileVersion1(root) : root);
            const JsonFile text = JsonFile::parse(migrated.dump(1), file.fileName() + " (updated from format version "
                                                                        + std::to_string(version) + ")");
            return ProfileReader(text).read();
        }
    }
    return ProfileReader(file).read();
}

Profile parseProfile(const std::string& text, const std::string& fileName)
{
    return readProfile(JsonFile::parse(text, fileName));
}

// [SECTION] Writing

namespace {

OrderedJson answerJson(const Answer& answer)
{
    OrderedJson json;
    json["value"] = answerValueName(answer.value);
    json["by"] = answer.by;
    json["at"] = answer.at;
    json["session"] = answer.session;
    return json;
}

OrderedJson noteJson(const Note& note)
{
    OrderedJson json;
    json["text"] = note.text;
    json["by"] = note.by;
    json["at"] = note.at;
    json["session"] = note.session;
    // Only when narrower, so a note as shared as its card stays short.
    if (note.sharing != Sharing::Everyone)
        json["sharing"] = sharingName(note.sharing);
    return json;
}

} // namespace

std::string writeProfile(const Profile& profile)
{
    OrderedJson root;
    root["format"] = "rightjob-profile";
    root["format_version"] = kProfileFormatVersion;
    root["id"] = profile.id;
    root["layout"] = profile.layoutId;
    root["demo"] = profile.isDemo;
    root["person"] = {{"name", profile.person.name},
                      {"preferred_name", profile.person.preferredName},
                      {"photo", profile.person.photo}};
    if (profile.person.photoSharing != Sharing::Everyone)
        root["person"]["photo_sharing"] = sharingName(profile.person.photoSharing);
    root["contributors"] = OrderedJson::array();
    for (const auto& contributor : profile.contributors) {
        OrderedJson json;
        json["id"] = contributor.id;
        json["kind"] = contributor.kind == ContributorKind::Observer ? "observer" : "supporter";
        json["name"] = contributor.name;
        json["role"] = contributor.role;
        root["contributors"].push_back(json);
    }
    root["sessions"] = OrderedJson::array();
    for (const auto& session : profile.sessions) {
        OrderedJson json;
        json["id"] = session.id;
        json["started_at"] = session.startedAt;
        json["place"] = session.place;
        json["present"] = session.present;
        if (!session.endedAt.empty())
            json["ended_at"] = session.endedAt;
        if (session.endedWhenIdle)
            json["ended_when_idle"] = true;
        root["sessions"].push_back(json);
    }
    root["own_cards"] = OrderedJson::array();
    for (const auto& card : profile.ownCards) {
        OrderedJson json;
        json["section"] = card.section;
        json["id"] = card.id;
        json["label"] = card.label;
        json["spoken"] = card.spoken;
        json["symbol"] = card.symbol;
        json["photo"] = card.photo;
        json["added_by"] = card.addedBy;
        json["added_at"] = card.addedAt;
        json["session"] = card.session;
        if (!card.means.empty())
            json["means"] = card.means;
        root["own_cards"].push_back(json);
    }
    // The cards go straight onto the end of the object: their keys come
    // from a map, so none is there twice, and ordered_json's operator[]
    // looks through every key before it (a 10,000-card profile took
    // 50 million comparisons to write).
    OrderedJson cards = OrderedJson::object();
    auto& cardsInOrder = cards.get_ref<OrderedJson::object_t&>();
    for (const auto& [key, record] : profile.cards) {
        if (record.isEmpty())
            continue;
        OrderedJson json;
        json["sharing"] = sharingName(record.sharing);
        json["answers"] = OrderedJson::array();
        for (const auto& answer : record.answers)
            json["answers"].push_back(answerJson(answer));
        json["notes"] = OrderedJson::array();
        for (const auto& note : record.notes)
            json["notes"].push_back(noteJson(note));
        // Only when chosen, so files without a chosen picture stay as they were.
        if (!record.symbol.empty())
            json["symbol"] = record.symbol;
        if (!record.photo.empty())
            json["photo"] = record.photo;
        cardsInOrder.OrderedJson::object_t::Container::emplace_back(key, std::move(json));
    }
    root["cards"] = std::move(cards);
    root["mats"] = OrderedJson::object();
    for (const auto& [sectionId, mat] : profile.mats) {
        if (mat.isEmpty())
            continue;
        OrderedJson json;
        json["placed"] = OrderedJson::object();
        for (const auto& [cardId, placement] : mat.placed)
            json["placed"][cardId] = {{"x", placement.x}, {"y", placement.y}};
        json["skipped"] = mat.skipped;
        root["mats"][sectionId] = json;
    }
    if (profile.onePage.chosen)
        root["one_page"] = {{"items", profile.onePage.items}};
    // Only when there is something, so older files stay as they were.
    if (!profile.changedAt.empty())
        root["changed_at"] = profile.changedAt;
    if (!profile.history.empty()) {
        root["history"] = OrderedJson::array();
        for (const auto& entry : profile.history)
            root["history"].push_back({{"what", entry.what}, {"value", entry.value}, {"at", entry.at}});
    }
    return root.dump(2) + "\n";
}

// [SECTION] Checks against the layout

std::vector<std::string> profileLayoutWarnings(const Profile& profile, const Layout& layout)
{
    std::vector<std::string> warnings;
    for (const auto& own : profile.ownCards)
        if (!layout.findSection(own.section))
            warnings.push_back("own card \"" + own.id + "\" is in section \"" + own.section
                               + "\", which the layout \"" + layout.id + "\" does not have.");
    for (const auto& [key, record] : profile.cards) {
        const auto slash = key.find('/');
        const std::string sectionId = key.substr(0, slash);
        const std::string cardId = key.substr(slash + 1);
        bool known = layout.findCard(sectionId, cardId) != nullptr;
        for (const auto& own : profile.ownCards)
            known = known || (own.section == sectionId && own.id == cardId);
        if (!known)
            warnings.push_back("the card \"" + key + "\" is not in the layout \"" + layout.id
                               + "\". Its answers are kept but not shown.");
    }
    return warnings;
}

} // namespace rightjob::core
