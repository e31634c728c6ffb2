#include "ui/screen_map.h"

#include <nlohmann/json.hpp>

namespace rightjob::ui {

const char* targetRoleName(TargetRole role)
{
    switch (role) {
    case TargetRole::Button: return "button";
    case TargetRole::Tile: return "tile";
    case TargetRole::Card: return "card";
    case TargetRole::AnswerPlace: return "answer place";
    case TargetRole::TextField: return "text field";
    case TargetRole::Toggle: return "toggle";
    }
    return "button";
}

void ScreenMap::beginFrame(std::string screenName)
{
    m_screenName = std::move(screenName);
    m_targets.clear();
    m_outOfSight.clear();
}

void ScreenMap::addOutOfSight(ScreenTarget target)
{
    m_outOfSight.push_back(std::move(target));
}

const ScreenTarget* ScreenMap::findAnywhere(const std::string& id) const
{
    if (const ScreenTarget* target = findById(id))
        return target;
    for (const auto& target : m_outOfSight)
        if (target.id == id)
            return &target;
    return nullptr;
}

void ScreenMap::add(ScreenTarget target)
{
    m_targets.push_back(std::move(target));
}

const ScreenTarget* ScreenMap::findByLabel(const std::string& label) const
{
    for (const auto& target : m_targets)
        if (target.label == label)
            return &target;
    return nullptr;
}

const ScreenTarget* ScreenMap::findById(const std::string& id) const
{
    for (const auto& target : m_targets)
        if (target.id == id)
            return &target;
    return nullptr;
}

std::string ScreenMap::toJson() const
{
    nlohmann::ordered_json root;
    root["screen"] = m_screenName;
    root["targets"] = nlohmann::ordered_json::array();
    for (const auto& target : m_targets) {
        nlohmann::ordered_json item;
        item["id"] = target.id;
        item["label"] = target.label;
        item["spoken"] = target.spoken;
        item["role"] = targetRoleName(target.role);
        item["rect"] = {target.x, target.y, target.width, target.height};
        item["focused"] = target.focused;
        item["partly_hidden"] = target.partlyHidden;
        root["targets"].push_back(item);
    }
    return root.dump(2) + "\n";
}

} // namespace rightjob::ui
