"""Resources of the campaigns app (siteconf.resources): target groups and channels,
every field a column (code, name and its English and Serbian labels)."""

from siteconf.resources import FenerResource

from .models import Channel, TargetGroup

TargetGroupResource = FenerResource.of(TargetGroup)
ChannelResource = FenerResource.of(Channel)
