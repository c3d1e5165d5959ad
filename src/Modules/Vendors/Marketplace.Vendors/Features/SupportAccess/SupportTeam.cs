using FluentValidation;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.SupportAccess;

/// <summary>One of the alliance's support people, and whom they may help today.</summary>
internal sealed record SupportPersonView(UserId UserId, string Email, string Name, DateTimeOffset AddedAt);

/// <summary>A cooperative that lets the support team help it, until when.</summary>
internal sealed record SupportedCooperative(CooperativeId CooperativeId, string Name, DateTimeOffset EndsAt);

internal sealed record SupportTeamView(IReadOnlyList<SupportPersonView> People, IReadOnlyList<SupportedCooperative> Supported);

internal sealed record ListSupportTeamQuery : IQuery<SupportTeamView>;

/// <summary>An admin puts an account on the support team, by its e-mail, with the name cooperatives will see.</summary>
internal sealed record AddSupportPersonCommand(string Email, string Name) : ICommand<Result<SupportPersonView>>, IRunsIn<VendorsTransaction>;

internal sealed record RemoveSupportPersonCommand(UserId Person) : ICommand<Result<Done>>, IRunsIn<VendorsTransaction>;

internal sealed class AddSupportPersonValidator : AbstractValidator<AddSupportPersonCommand>
{
    public AddSupportPersonValidator()
    {
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName("E-mail");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100)
            .WithName(_ => Bilingual.Pick("Tên hiển thị", "Display name"));
    }
}

internal sealed class SupportTeamHandler(VendorsDbContext db, ISender sender, TimeProvider clock)
    : IQueryHandler<ListSupportTeamQuery, SupportTeamView>,
      ICommandHandler<AddSupportPersonCommand, Result<SupportPersonView>>,
      ICommandHandler<RemoveSupportPersonCommand, Result<Done>>
{
    public async ValueTask<SupportTeamView> Handle(ListSupportTeamQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var people = await db.SupportPeople.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var supported = await db.SupportGrants.AsNoTracking()
            .Where(g => g.EndsAt > now)
            .Join(db.Cooperatives, g => g.CooperativeId, c => c.Id, (g, c) => new SupportedCooperative(c.Id, c.Name, g.EndsAt))
            .ToListAsync(cancellationToken);
        return new SupportTeamView([.. people.Select(View)], [.. supported.OrderBy(s => s.Name, StringComparer.CurrentCulture)]);
    }

    public async ValueTask<Result<SupportPersonView>> Handle(AddSupportPersonCommand command, CancellationToken cancellationToken)
    {
        if (await sender.Send(new FindAccountQuery(command.Email), cancellationToken) is not { } account)
        {
            return Error.FieldConflict("support.no_account", nameof(command.Email), Bilingual.Pick(
                $"Chưa có tài khoản nào với e-mail {command.Email.Trim()}: người này cần đăng ký trước.",
                $"No account has the e-mail {command.Email.Trim()}: the person needs to register first."));
        }

        if (await db.SupportPeople.AnyAsync(p => p.UserId == account, cancellationToken))
        {
            return Error.FieldConflict("support.already", nameof(command.Email), Bilingual.Pick(
                $"{command.Email.Trim()} đã ở trong bộ phận hỗ trợ.", $"{command.Email.Trim()} is already on the support team."));
        }

        var person = new SupportPerson(account, command.Email, command.Name, clock.GetUtcNow());
        db.SupportPeople.Add(person);
        return View(person);
    }

    public async ValueTask<Result<Done>> Handle(RemoveSupportPersonCommand command, CancellationToken cancellationToken)
    {
        var person = await db.SupportPeople.SingleOrDefaultAsync(p => p.UserId == command.Person, cancellationToken);
        if (person is null)
        {
            return Error.NotFound("support.not_found", Bilingual.Pick("Người này không ở trong bộ phận hỗ trợ.", "This person is not on the support team."));
        }

        db.SupportPeople.Remove(person);
        return Done.Value;
    }

    private static SupportPersonView View(SupportPerson p) => new(p.UserId, p.Email, p.Name, p.AddedAt);
}

internal static class SupportTeam
{
    /// <summary>How the audit log names a support person: the name cooperatives know, and the address (the log cuts it to what it holds).</summary>
    public static string Signature(SupportPerson person) => $"{person.Name} ({person.Email})";
}
