#include "core/profile.h"

#include <random>

#include <algorithm>

namespace rightjob::core {

std::string Person::shownName() const
{
    if (!preferredName.empty())
        return preferredName;
    const auto space = name.find(' ');
    return space == std::string::npos ? name : name.substr(0, space);
}

std::string newIdPart()
{
    static const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::random_device device;
    std::string part;
    for (int i = 0; i < 8; ++i)
        part += letters[device() % 36];
    return part;
}

std::string cardKey(const std::string& sectionId, const std::string& cardId)
{
    return sectionId + "/" + cardId;
}

const Contributor* Profile::findContributor(const std::string& contributorId) const
{
    for (const auto& contributor : contributors)
        if (contributor.id == contributorId)
            return &contributor;
    return nullptr;
}

const Session* Profile::findSession(const std::string& sessionId) const
{
    for (const auto& session : sessions)
        if (session.id == sessionId)
            return &session;
    return nullptr;
}

const CardRecord* Profile::findCard(const std::string& key) const
{
    const auto found = cards.find(key);
    return found == cards.end() ? nullptr : &found->second;
}

std::optional<Answer> Profile::latestAnswer(const std::string& key, const std::string& giver) const
{
    const CardRecord* record = findCard(key);
    if (!record)
        return std::nullopt;
    for (auto it = record->answers.rbegin(); it != record->answers.rend(); ++it)
        if (it->by == giver)
            return *it;
    return std::nullopt;
}

std::optional<Answer> Profile::standingAnswer(const std::string& key) const
{
    if (auto own = latestAnswer(key, kPersonGiver))
        return own;
    const CardRecord* record = findCard(key);
    if (!record || record->answers.empty())
        return std::nullopt;
    return record->answers.back();
}

std::string Profile::giverLabel(const std::string& giver) const
{
    if (giver == kPersonGiver)
        return person.shownName();
    if (const Contributor* contributor = findContributor(giver))
        return contributor->role.empty() ? contributor->name : contributor->name + " (" + contributor->role + ")";
    return giver;
}

std::vector<CardView> sectionCards(const Layout& layout, const Profile& profile, const std::string& sectionId)
{
    std::vector<CardView> views;
    if (const SectionDefinition* section = layout.findSection(sectionId)) {
        for (const auto& card : section->cards) {
            CardView view{sectionId, card.id, card.label, card.spoken, card.phrase, card.symbol, "", false};
            if (const CardRecord* record = profile.findCard(cardKey(sectionId, card.id))) {
                if (!record->symbol.empty())
                    view.symbol = record->symbol;
                view.photo = record->photo;
            }
            views.push_back(std::move(view));
        }
    }
    for (const auto& own : profile.ownCards) {
        if (own.section != sectionId)
            continue;
        views.push_back({sectionId, own.id, own.label, own.spoken.empty() ? own.label : own.spoken, own.label,
                         own.symbol, own.photo, true});
    }
    return views;
}

SectionProgress sectionProgress(const Layout& layout, const Profile& profile, const std::string& sectionId)
{
    SectionProgress progress;
    for (const auto& card : sectionCards(layout, profile, sectionId)) {
        ++progress.total;
        const CardRecord* record = profile.findCard(cardKey(sectionId, card.id));
        if (record && !record->answers.empty())
            ++progress.answered;
    }
    return progress;
}

std::string nextMatCard(const Layout& layout, const Profile& profile, const std::string& sectionId)
{
    const auto cards = sectionCards(layout, profile, sectionId);
    const auto mat = profile.mats.find(sectionId);
    const auto answered = [&](const std::string& cardId) {
        const CardRecord* record = profile.findCard(cardKey(sectionId, cardId));
        return record && !record->answers.empty();
    };
    const auto skipped = [&](const std::string& cardId) {
        return mat != profile.mats.end()
               && std::find(mat->second.skipped.begin(), mat->second.skipped.end(), cardId) != mat->second.skipped.end();
    };
    for (const auto& card : cards)
        if (!answered(card.id) && !skipped(card.id))
            return card.id;
    if (mat != profile.mats.end())
        for (const auto& cardId : mat->second.skipped)
            if (!answered(cardId))
                return cardId;
    return "";
}

} // namespace rightjob::core
