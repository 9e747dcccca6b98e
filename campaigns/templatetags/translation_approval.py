"""The translation editor's template asks here whether its user sends for approval."""

from django import template

from campaigns.translation_approval import (
    props_as_sender,
    translation_sends_for_approval,
)

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_as_sender(context, instance) -> bool:
    return translation_sends_for_approval(context["request"].user, instance)


register.filter("props_as_sender", props_as_sender)
