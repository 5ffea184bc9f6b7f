/** Members: who is who in the messaging system. */
package org.oubli.demo.messaging.member;
