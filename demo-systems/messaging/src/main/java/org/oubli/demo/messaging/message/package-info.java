/** Messages: what members write to each other. */
package org.oubli.demo.messaging.message;
