/** The directories' use cases; each public method is one transaction. */
@NullMarked
package cn.suiji.directory.service;

import org.jspecify.annotations.NullMarked;
