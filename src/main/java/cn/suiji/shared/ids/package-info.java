/**
 * Identifiers of market entities and people: the unified social credit code (统一社会信用代码,
 * {@link cn.suiji.shared.ids.Uscc}), the legacy registration number (注册号, {@link
 * cn.suiji.shared.ids.RegNo}) and the resident identity card number (居民身份证号, {@link
 * cn.suiji.shared.ids.IdNumber}). Pure code: input is normalised by {@link
 * cn.suiji.shared.ids.Codes}, checked into a {@link cn.suiji.shared.ids.Validation} that says
 * exactly what is wrong, and only then wrapped in a value record.
 */
@org.jspecify.annotations.NullMarked
package cn.suiji.shared.ids;
