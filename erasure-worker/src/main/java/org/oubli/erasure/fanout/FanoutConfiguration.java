package org.oubli.erasure.fanout;

import org.oubli.erasure.job.DispatchProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The bounded pool http calls run on, and the schedule of the sweep. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FanoutConfiguration {

	static final String DISPATCH_EXECUTOR = "erasureDispatchExecutor";

	@Bean(DISPATCH_EXECUTOR)
	ThreadPoolTaskExecutor erasureDispatchExecutor(DispatchProperties properties) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(properties.concurrency());
		executor.setMaxPoolSize(properties.concurrency());
		executor.setQueueCapacity(properties.queueCapacity());
		executor.setThreadNamePrefix("erasure-dispatch-");
		// on shutdown, unfinished dispatches stay pending in MongoDB for the sweep
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}

}
