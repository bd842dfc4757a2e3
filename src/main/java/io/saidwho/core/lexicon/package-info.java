/** General English word lists (roles, places, speech verbs, ...) read from resource files. */
package io.saidwho.core.lexicon;
