"""The tables of the store, as peewee models bound to the one deferred database."""

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from relations_app.storage.database import db


class BaseTable(Model):
    class Meta:
        database = db
        legacy_table_names = False


class PersonTable(BaseTable):
    id = AutoField()
    name = TextField()
    nickname = TextField(default="")
    circle = CharField(default="wider")
    met_how = TextField(default="")
    met_where = TextField(default="")
    met_on = DateField(null=True)
    organisation = TextField(default="")
    email = TextField(default="")
    phone = TextField(default="")
    city = TextField(default="")
    birthday = TextField(null=True)  # YYYY-MM-DD, or --MM-DD when the year is unknown
    keep_in_touch_days = IntegerField(null=True)
    what_matters = TextField(default="")
    next_question = TextField(default="")
    notes = TextField(default="")
    archived = BooleanField(default=False)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    looking_for = TextField(default="")  # one item a line
    can_offer = TextField(default="")  # one item a line
    snoozed_until = DateField(null=True)

    class Meta:
        table_name = "person"


class ConversationTable(BaseTable):
    id = AutoField()
    date = DateField(index=True)
    time = CharField(null=True)  # "HH:MM", optional
    channel = CharField(default="in_person")
    place = TextField(default="")
    notes = TextField(default="")
    learned = TextField(default="")
    depth = IntegerField(default=3)
    follow_up = TextField(default="")
    follow_up_due = DateField(null=True)
    follow_up_done = BooleanField(default=False)
    created_at = DateTimeField()
    updated_at = DateTimeField()

    class Meta:
        table_name = "conversation"


class ParticipantTable(BaseTable):
    """Who was in a conversation: one row per person per conversation."""

    id = AutoField()
    conversation = ForeignKeyField(ConversationTable, on_delete="CASCADE", backref="participants")
    person = ForeignKeyField(PersonTable, on_delete="CASCADE", backref="participations")
    date = DateField(null=True)  # the conversation's day, set by triggers (never write it)

    class Meta:
        table_name = "participant"
        indexes = ((("conversation", "person"), True),)


class ValueTable(BaseTable):
    id = AutoField()
    name = TextField()
    name_key = TextField(unique=True)  # casefolded name: uniqueness that also holds for accents
    description = TextField(default="")
    mine = BooleanField(default=True)

    class Meta:
        table_name = "value"


class SharedValueTable(BaseTable):
    id = AutoField()
    person = ForeignKeyField(PersonTable, on_delete="CASCADE", backref="shared_values")
    value = ForeignKeyField(ValueTable, on_delete="CASCADE", backref="shared_by")
    evidence = TextField(default="")
    noted_on = DateField()

    class Meta:
        table_name = "shared_value"


class HelpTable(BaseTable):
    id = AutoField()
    person = ForeignKeyField(PersonTable, on_delete="CASCADE", backref="help")
    direction = CharField()
    kind = CharField()
    description = TextField(default="")
    status = CharField()
    offered_on = DateField()
    done_on = DateField(null=True)
    due_on = DateField(null=True)
    introduced = ForeignKeyField(
        PersonTable, null=True, on_delete="SET NULL", backref="introductions"
    )

    class Meta:
        table_name = "help"


class MyOfferTable(BaseTable):
    """What I can offer others: a list I keep, like my values."""

    id = AutoField()
    name = TextField()
    name_key = TextField(unique=True)

    class Meta:
        table_name = "my_offer"


ALL_TABLES = (
    PersonTable,
    ConversationTable,
    ParticipantTable,
    ValueTable,
    SharedValueTable,
    HelpTable,
    MyOfferTable,
)
