/** demo-messaging. */
package org.oubli.demo.messaging;
