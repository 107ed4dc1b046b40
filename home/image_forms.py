"""The admin's image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``): an unreadable image is a
form error on its field, never a server error.

Wagtail checks an upload's first bytes, then reads its size through Pillow and catches
only decompression bombs there, so a file that starts like a GIF but is not one
(``GIF89a<html>…``) or a truncated image raises from Pillow and the add view answers 500
(Wagtail issue #1354, still open). Here any failure to read the image is the "not a valid
image" error, on the add, edit and multiple-upload views alike (they share this form).
"""

from django.core.exceptions import ValidationError
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class ReadableImageField(WagtailImageField):
    def to_python(self, data):
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:  # Pillow and Willow raise many kinds for a bad file
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if type(field) is WagtailImageField:
            # Wagtail builds this field itself (label, size limits, widget); only its
            # reading of the file changes, so the instance keeps all of that.
            field.__class__ = ReadableImageField
