using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Vendors.Features.EditStorefront;

/// <summary>
/// A member of an approved (or suspended) cooperative edits its storefront. An empty slug is
/// made from the name, diacritics folded ("HTX Suối Giàng" becomes "htx-suoi-giang").
/// </summary>
internal sealed record EditStorefrontCommand(
    CooperativeId CooperativeId,
    UserId ActorId,
    string Name,
    string? Slug,
    string Tagline,
    string Story,
    string? StoryEnglish,
    string ContactPerson,
    string Phone,
    string Email,
    string Province,
    string Commune,
    string Address) : ICommand<Result<StorefrontSettings>>, IRunsIn<VendorsTransaction>;
