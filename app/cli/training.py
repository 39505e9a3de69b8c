"""Training and drill documents, added to the ``pdf`` group: ``training-sheet`` and
``drill-report``; and ``training list`` to find their numbers."""

from __future__ import annotations

import argparse

from app.cli.common import Subcommands, add_db, add_out, add_user, open_desk, open_desk_for


def register_pdf(kinds: Subcommands) -> None:
    """``pdf training-sheet ID`` and ``pdf drill-report ID``."""
    for name, text, metavar, handler in (
        ("training-sheet", "培训签到表 (training sign-in sheet)", "TRAINING_ID", run_training),
        ("drill-report", "应急演练报告 (emergency drill report)", "DRILL_ID", run_drill),
    ):
        sub = kinds.add_parser(name, help=text)
        sub.add_argument("record", type=int, metavar=metavar, help="记录编号（training list 可查）")
        add_db(sub, required=True)
        add_out(sub, ".pdf")
        add_user(sub)
        sub.set_defaults(handler=handler)


def register(commands: Subcommands) -> None:
    """``training list``: the sessions and drills with their numbers, and what is due."""
    training = commands.add_parser("training", help="培训与应急演练 (training and drills)")
    what = training.add_subparsers(dest="training_kind", metavar="WHAT", required=True)
    listing = what.add_parser("list", help="列出培训和演练记录及下次到期")
    add_db(listing, required=True)
    listing.set_defaults(handler=run_list)


def run_training(args: argparse.Namespace) -> int:
    from app.services.training.printing import training_sheet

    with open_desk_for(args) as desk:
        info = training_sheet(desk, args.record, args.out)
    print(f"已生成{info.kind_label}：{info.path}（文档编号 {info.serial}）")
    return 0


def run_drill(args: argparse.Namespace) -> int:
    from app.services.training.printing import drill_report

    with open_desk_for(args) as desk:
        info = drill_report(desk, args.record, args.out)
    print(f"已生成{info.kind_label}：{info.path}（文档编号 {info.serial}）")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from app.services.training.records import list_drills, list_trainings, yearly_status

    with open_desk(args) as desk:
        trainings, drills, due = list_trainings(desk), list_drills(desk), yearly_status(desk)
    print("培训：")
    for t in trainings:
        print(
            f"  {t.id:>4}  {t.held_at.astimezone():%Y-%m-%d %H:%M}  {t.topic}（{len(t.attendees)} 人）"
        )
    print("应急演练：")
    for d in drills:
        print(f"  {d.id:>4}  {d.held_at.astimezone():%Y-%m-%d %H:%M}  {d.plan_title}")
    for item in due:
        when = f"{item.due:%Y-%m-%d}" if item.due else "尽快安排"
        print(f"下次{item.kind.label}：{when}（{item.state.label}）")
    return 0
