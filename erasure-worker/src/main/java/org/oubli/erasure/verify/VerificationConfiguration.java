package org.oubli.erasure.verify;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The small pool verifications run on, apart from the dispatches. */
@Configuration(proxyBeanMethods = false)
class VerificationConfiguration {

	static final String VERIFY_EXECUTOR = "erasureVerifyExecutor";

	@Bean(VERIFY_EXECUTOR)
	ThreadPoolTaskExecutor erasureVerifyExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setQueueCapacity(1000);
		executor.setThreadNamePrefix("erasure-verify-");
		// unfinished verifications stay due in MongoDB for the sweep
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}

}
