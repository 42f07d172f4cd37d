extension ScenarioCatalog {
    /// The cells of `content/threading-tutorial.md`, in page order.
    static var tutorial: [Scenario] {
        [
            daemonScenario,
            startScenario,
            runScenario,
            joinScenario,
            identNativeIdAndIsAliveScenario,
            daemonVsNonDaemonAtExitScenario,
            timerScenario,
            cancelScenario,
            eventScenario,
            lockScenario,
            rlockScenario,
            semaphoreScenario,
            boundedsemaphoreScenario,
            conditionScenario,
            waitForAndNotifyScenario,
            barrierScenario,
            abortAndBrokenbarriererrorScenario,
            localScenario,
            queueScenario,
            fullAndEmptyScenario,
            lifoqueueAndPriorityqueueScenario,
            currentThreadScenario,
            enumerateScenario,
            activeCountScenario,
            mainThreadScenario,
            settraceAndSetprofileScenario,
            queuedThreadsScenario,
            deadlockScenario,
            lockOrderingScenario,
        ]
    }
}
