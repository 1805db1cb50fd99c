package io.github.camellambdacloud.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/** Requests and state transitions in arrival order, with blocking waits that wake on each new entry. */
final class EventLog {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final List<StateTransition> transitions = new ArrayList<>();

    void addRequest(RecordedRequest request) {
        lock.lock();
        try {
            requests.add(request);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void addTransition(StateTransition transition) {
        lock.lock();
        try {
            transitions.add(transition);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<RecordedRequest> requests() {
        lock.lock();
        try {
            return List.copyOf(requests);
        } finally {
            lock.unlock();
        }
    }

    List<StateTransition> transitions() {
        lock.lock();
        try {
            return List.copyOf(transitions);
        } finally {
            lock.unlock();
        }
    }

    void clear() {
        lock.lock();
        try {
            requests.clear();
            transitions.clear();
        } finally {
            lock.unlock();
        }
    }

    StateTransition awaitTransition(Predicate<StateTransition> condition, Duration timeout)
            throws InterruptedException, TimeoutException {
        List<StateTransition> found = awaitMatches(transitions, condition, 1, timeout, "state transition");
        return found.get(0);
    }

    List<RecordedRequest> awaitRequests(Predicate<RecordedRequest> condition, int count, Duration timeout)
            throws InterruptedException, TimeoutException {
        return awaitMatches(requests, condition, count, timeout, "request");
    }

    private <T> List<T> awaitMatches(List<T> source, Predicate<T> condition, int count, Duration timeout, String entryKind)
            throws InterruptedException, TimeoutException {
        long remainingNanos = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                List<T> matches = source.stream().filter(condition).toList();
                if (matches.size() >= count) {
                    return matches.subList(0, count);
                }
                if (remainingNanos <= 0) {
                    throw new TimeoutException("Timed out after " + timeout + " waiting for " + count + " matching "
                            + entryKind + "(s); saw " + matches.size());
                }
                remainingNanos = changed.awaitNanos(remainingNanos);
            }
        } finally {
            lock.unlock();
        }
    }
}
