package org.oubli.devstack;

/** One dev stack for all end-to-end tests of this JVM, on free ports, data in memory. */
final class RunningStack {

	private static DevStack stack;

	private RunningStack() {
	}

	static synchronized DevStack get() {
		if (stack == null) {
			stack = DevStack.start(DevStackSettings.ephemeral());
			Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "e2e-stack-stop"));
		}
		return stack;
	}

}
