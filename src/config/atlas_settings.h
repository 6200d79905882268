// The [atlas] section: limits of the Atlas attachment store (BNS zonefiles). Keys, types and defaults are
// stacks-core's AtlasConfigFile and AtlasConfig (stackslib/src/config/mod.rs, net/atlas/mod.rs); each value may only
// raise its default, which is also its minimum.
#pragma once

#include <cstdint>

namespace stacks::config {

inline constexpr uint32_t MIN_ATTACHMENTS_MAX_SIZE = 1'048'576;
inline constexpr uint32_t MIN_MAX_UNINSTANTIATED_ATTACHMENTS = 50'000;
inline constexpr uint32_t MIN_UNINSTANTIATED_ATTACHMENTS_EXPIRE_AFTER_SECS = 86'400;
inline constexpr uint32_t MIN_UNRESOLVED_ATTACHMENT_INSTANCES_EXPIRE_AFTER_SECS = 172'800;

/// The [atlas] section.
struct AtlasSettings {
  uint32_t attachments_max_size{MIN_ATTACHMENTS_MAX_SIZE};                      //!< Bytes per attachment.
  uint32_t max_uninstantiated_attachments{MIN_MAX_UNINSTANTIATED_ATTACHMENTS};  //!< Attachments awaiting a tx.
  //! uninstantiated_attachments_expire_after: seconds before an attachment without its transaction is dropped.
  uint32_t uninstantiated_attachments_expire_after_secs{MIN_UNINSTANTIATED_ATTACHMENTS_EXPIRE_AFTER_SECS};
  //! unresolved_attachment_instances_expire_after: seconds before an unresolved attachment instance is dropped.
  uint32_t unresolved_attachment_instances_expire_after_secs{MIN_UNRESOLVED_ATTACHMENT_INSTANCES_EXPIRE_AFTER_SECS};

  bool operator==(const AtlasSettings&) const = default;
};

}  // namespace stacks::config
