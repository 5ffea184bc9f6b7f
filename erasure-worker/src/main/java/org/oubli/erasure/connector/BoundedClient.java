package org.oubli.erasure.connector;

import java.io.IOException;
import java.io.InputStream;

import feign.Client;
import feign.Request;
import feign.Response;

/**
 * Reads at most {@code maxBytes} of an answer: a system that answers with more (by
 * mistake or malice) fails the round with {@link OversizedAnswerException} instead of
 * filling the worker's memory.
 */
class BoundedClient implements Client {

	private final Client delegate;

	private final int maxBytes;

	BoundedClient(Client delegate, int maxBytes) {
		this.delegate = delegate;
		this.maxBytes = maxBytes;
	}

	@Override
	public Response execute(Request request, Request.Options options) throws IOException {
		Response response = this.delegate.execute(request, options);
		if (response.body() == null) {
			return response;
		}
		Integer length = response.body().length();
		if (length != null && length > this.maxBytes) {
			response.close();
			throw new OversizedAnswerException(this.maxBytes);
		}
		byte[] bytes;
		try (InputStream in = response.body().asInputStream()) {
			bytes = in.readNBytes(this.maxBytes + 1);
		}
		if (bytes.length > this.maxBytes) {
			throw new OversizedAnswerException(this.maxBytes);
		}
		return response.toBuilder().body(bytes).build();
	}

}
