/** Chat logs: transcripts of support chats. */
package org.oubli.demo.messaging.chat;
