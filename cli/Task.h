#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace segurdesk::cli {

// A command's work as a C++20 coroutine, so that the whole command runs inside the one
// QCoreApplication::exec() of main.cpp: where the code says `co_await`, the command gives the
// event loop back until what it waits for (the portal started, the local data opened, a request
// answered) has happened. A Task starts when it is awaited and hands its result to the coroutine
// that awaits it. Its arguments are references into the awaiting frame, so a Task is awaited
// in the expression that creates it, never kept for later.
template<class T> class [[nodiscard]] Task
{
public:
    struct promise_type
    {
        std::optional<T> value;
        std::coroutine_handle<> continuation;

        Task get_return_object() { return Task(std::coroutine_handle<promise_type>::from_promise(*this)); }
        std::suspend_always initial_suspend() noexcept { return {}; }
        auto final_suspend() noexcept
        {
            struct ResumeAwaiter
            {
                bool await_ready() noexcept { return false; }
                std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> done) noexcept
                {
                    const std::coroutine_handle<> next = done.promise().continuation;
                    return next ? next : std::noop_coroutine();
                }
                void await_resume() noexcept { }
            };
            return ResumeAwaiter {};
        }
        void return_value(T result) { value = std::move(result); }
        // Commands report failures as exit codes; an exception escaping one is a bug.
        void unhandled_exception() noexcept { std::terminate(); }
    };

    Task(Task&& other) noexcept
        : m_handle(std::exchange(other.m_handle, {}))
    { }
    Task(const Task&) = delete;
    Task& operator=(const Task&) = delete;
    Task& operator=(Task&&) = delete;
    ~Task()
    {
        if (m_handle)
            m_handle.destroy();
    }

    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting) noexcept
    {
        m_handle.promise().continuation = awaiting;
        return m_handle;
    }
    T await_resume() { return std::move(*m_handle.promise().value); }

private:
    explicit Task(std::coroutine_handle<promise_type> handle)
        : m_handle(handle)
    { }

    std::coroutine_handle<promise_type> m_handle;
};

// One thing a Task waits for. The Step is the context object of the connections that report
// it; the slot that sees the outcome calls done(), then `co_await step` returns. An outcome
// reported before the co_await, from inside the call that started the work, is kept: the
// co_await then goes straight on. The coroutine resumes from the event loop, never from inside
// the signal that reported it, so the emitter may be destroyed by the code that follows.
class Step : public QObject
{
public:
    void done()
    {
        if (m_done)
            return;
        m_done = true;
        if (m_waiting)
            resumeLater();
    }

    bool await_ready() const noexcept { return m_done; }
    void await_suspend(std::coroutine_handle<> waiting) noexcept { m_waiting = waiting; }
    void await_resume() const noexcept { }

private:
    void resumeLater()
    {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [step = QPointer<Step>(this)] {
                if (step)
                    step->m_waiting.resume();
            },
            Qt::QueuedConnection);
    }

    bool m_done = false;
    std::coroutine_handle<> m_waiting;
};

} // namespace segurdesk::cli
