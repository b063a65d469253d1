/** Who is calling, and the rule that every endpoint states who may. */
package org.maillage.platform.security;
