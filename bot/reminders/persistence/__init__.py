"""The reminders' tables, read and written: deliveries and their states, planning them from
subscriptions, agendas and announcements, claiming what is due, the dispatcher's leases,
change notices and remembered DM channels. Imported by the reminders feature only; other
features reach reminders through `bot.reminders.planner`."""
