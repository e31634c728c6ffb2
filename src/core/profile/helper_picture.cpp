#include "core/profile/helper_picture.h"

#include <utility>
#include <vector>

namespace rightjob::core {

namespace {

// The words of a role, in lower case (ASCII letters folded; other letters,
// such as the "é" of "café", kept as they are).
std::vector<std::string> roleWords(const std::string& role)
{
    std::vector<std::string> words;
    std::string word;
    for (const char c : role) {
        const auto byte = static_cast<unsigned char>(c);
        const bool letter = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || byte >= 0x80;
        if (letter) {
            word += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte - 'A' + 'a' : byte);
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty())
        words.push_back(std::move(word));
    return words;
}

// Words of a role and their pictures. The last word that is known wins
// ("Café manager" is a manager, "Kitchen manager" too), so a job's place
// never outranks the job.
const std::vector<std::pair<const char*, const char*>>& rolePictures()
{
    static const std::vector<std::pair<const char*, const char*>> pictures = {
        {"manager", "office-worker"},    {"boss", "office-worker"},        {"supervisor", "office-worker"},
        {"employer", "office-worker"},   {"owner", "office-worker"},       {"officer", "office-worker"},
        {"coach", "handshake"},          {"mentor", "handshake"},          {"advisor", "handshake"},
        {"adviser", "handshake"},        {"worker", "busts-in-silhouette"}, {"support", "busts-in-silhouette"},
        {"carer", "busts-in-silhouette"}, {"teacher", "teacher"},          {"tutor", "teacher"},
        {"lecturer", "teacher"},         {"assistant", "teacher"},         {"cook", "cook"},
        {"chef", "cook"},                {"nurse", "health-worker"},       {"doctor", "health-worker"},
        {"therapist", "health-worker"},  {"psychologist", "health-worker"}, {"farmer", "farmer"},
        {"gardener", "farmer"},          {"mechanic", "mechanic"},         {"student", "student"},
        {"mum", "woman"},                {"mom", "woman"},                 {"mother", "woman"},
        {"sister", "woman"},             {"aunt", "woman"},                {"auntie", "woman"},
        {"dad", "man"},                  {"father", "man"},                {"brother", "man"},
        {"uncle", "man"},                {"gran", "older-person"},         {"granny", "older-person"},
        {"grandma", "older-person"},     {"grandmother", "older-person"},  {"grandad", "older-person"},
        {"grandpa", "older-person"},     {"grandfather", "older-person"},  {"parent", "family"},
        {"family", "family"},            {"friend", "people-holding-hands"}, {"neighbour", "people-holding-hands"},
    };
    return pictures;
}

} // namespace

std::string helperPicture(const std::string& role)
{
    std::string picture = "bust-in-silhouette";
    for (const std::string& word : roleWords(role))
        for (const auto& [known, symbol] : rolePictures())
            if (word == known)
                picture = symbol;
    return picture;
}

} // namespace rightjob::core
