#include "ui/speak_first.h"

namespace rightjob::ui {

void SpeakFirst::setOn(bool on)
{
    m_on = on;
    forgetReady();
}

TapMeaning SpeakFirst::tapped(const std::string& targetId)
{
    const bool atOnce = !m_chooseAtOnce.empty() && m_chooseAtOnce == targetId;
    m_chooseAtOnce.clear();
    if (!m_on)
        return TapMeaning::SpeakAndChoose;
    if (atOnce || targetId == m_ready) {
        m_ready.clear();
        return TapMeaning::Choose;
    }
    m_ready = targetId;
    return TapMeaning::SpeakOnly;
}

void SpeakFirst::forgetReady()
{
    m_ready.clear();
    m_chooseAtOnce.clear();
}

} // namespace rightjob::ui
