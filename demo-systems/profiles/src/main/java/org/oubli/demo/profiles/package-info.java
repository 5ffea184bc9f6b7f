/** demo-profiles. */
package org.oubli.demo.profiles;
