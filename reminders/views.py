from django.shortcuts import render


def opt_in(request):
    return render(request, "reminders/opt_in.html")
