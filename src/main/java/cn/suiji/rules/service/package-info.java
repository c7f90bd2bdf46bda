/** Reading and saving a department's working rules, one transaction each, audited. */
@NullMarked
package cn.suiji.rules.service;

import org.jspecify.annotations.NullMarked;
