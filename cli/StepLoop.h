#pragma once

#include <QEventLoop>
#include <QObject>

namespace segurdesk::cli {

// The event loop a command runs while it waits for one step: the portal started, the local data
// opened, a request answered. An answer given before exec(), from inside the call that started
// the step, is kept: exec() then returns at once instead of waiting for an answer already gone.
// A context object for the connections that quit it.
class StepLoop : public QObject
{
public:
    void quit()
    {
        m_done = true;
        m_loop.quit();
    }
    void exec()
    {
        if (!m_done)
            m_loop.exec();
    }

private:
    QEventLoop m_loop;
    bool m_done = false;
};

} // namespace segurdesk::cli
