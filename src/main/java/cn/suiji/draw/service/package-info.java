/** The draw's use cases (plan, open, perform, confirm, void, verify, export), one transaction each. */
@org.jspecify.annotations.NullMarked
package cn.suiji.draw.service;
