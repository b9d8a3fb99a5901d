"""Shared fixtures: a fresh plugin manager with the plugin, and a guard against any network use."""

from __future__ import annotations

import socket

import pytest
from citylinks.default_plugins import text_reader
from citylinks.plugins import Registry, new_plugin_manager

import citylinks_html


@pytest.fixture
def registry() -> Registry:
    pm = new_plugin_manager()
    pm.register(text_reader, name="citylinks.default_plugins.text_reader")
    pm.register(citylinks_html, name="html")
    pm.check_pending()
    return Registry(pm)


@pytest.fixture(autouse=True)
def connections(monkeypatch) -> list:
    """Every outgoing connection attempted during a test; the reader must make none."""
    attempts: list = []
    real_connect = socket.socket.connect

    def record(self, address):
        attempts.append(address)
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", record)
    monkeypatch.setattr(socket.socket, "connect_ex", lambda self, address: attempts.append(address) or 111)
    yield attempts
    assert attempts == [], f"the reader tried to connect to {attempts}"
