/** demo-messaging: messages between members and support chats of a small marketplace. */
package org.oubli.demo.messaging;
